-- The five list-of-rows grains (IncubatorCohortsGrain, IncubatorSpacesGrain, IncubatorCoursesGrain,
-- OrganizationBookingsGrain, TrainingRecordGrain) became one IndexGrain<TRow> (src/Grains/Implementation/Indexes).
--
-- Their rows keep their identity: the AdoNet provider looks a row up by service id, state name (grain_type) and key, never
-- by grain class. The state names are unchanged (each row type's IIndexRow.IndexName), and so are the keys: an index of a
-- Guid owner is keyed by the Guid's "N" text, which the provider reads back as that Guid (same grain_id_n0/n1, no
-- extension, same hash); training records keep their string keys. Only the payload's root changes, from
--   {"$id":"1","$type":"Incubator.Cohorts.IncubatorCohortsState, Incubator.Grains","Cohorts":{…rows…}}
-- to
--   {"$id":"1","$type":"Incubator.Indexes.IndexState`1[[Incubator.Cohorts.CohortSummary, Incubator.Grains.Abstractions]], Incubator.Grains","Rows":{…rows…}}
-- The rows' dictionary keeps its type (Dictionary<Guid, TRow>) and its bytes. The prefix is replaced as text, not
-- through jsonb: jsonb reorders keys, and the JSON reader takes $id and $type only as an object's first properties.
-- The version moves on, so a writer still holding the old version cannot overwrite the rewritten row.
WITH moved (grain_type, old_prefix, new_prefix) AS (
    SELECT m.grain_type,
           '{"$id":"1","$type":"' || m.old_type || ', Incubator.Grains","' || m.old_property || '":',
           '{"$id":"1","$type":"Incubator.Indexes.IndexState`1[[' || m.row_type || ', Incubator.Grains.Abstractions]], Incubator.Grains","Rows":'
    FROM (VALUES
        ('incubatorCohorts',     'Incubator.Cohorts.IncubatorCohortsState',      'Cohorts',  'Incubator.Cohorts.CohortSummary'),
        ('incubatorSpaces',      'Incubator.Venues.IncubatorSpacesState',        'Spaces',   'Incubator.Venues.SpaceRecord'),
        ('incubatorCourses',     'Incubator.Training.IncubatorCoursesState',     'Courses',  'Incubator.Training.CourseRecord'),
        ('organizationBookings', 'Incubator.Bookings.OrganizationBookingsState', 'Bookings', 'Incubator.Bookings.BookingRecord'),
        ('trainingRecord',       'Incubator.Training.TrainingRecordState',       'Sessions', 'Incubator.Training.AttendedSession')
    ) AS m (grain_type, old_type, old_property, row_type)
)
UPDATE orleans.grain_state AS s
SET payload = convert_to(moved.new_prefix || substr(convert_from(s.payload, 'UTF8'), length(moved.old_prefix) + 1), 'UTF8'),
    version = s.version + 1,
    modified_at = now()
FROM moved
WHERE s.grain_type = moved.grain_type
  AND s.payload IS NOT NULL
  AND starts_with(convert_from(s.payload, 'UTF8'), moved.old_prefix);

-- A row of these states in any other shape would fail to load after the change: stop here instead of starting with it.
DO $check$
DECLARE
    unreadable bigint;
BEGIN
    SELECT count(*) INTO unreadable
    FROM orleans.grain_state
    WHERE grain_type IN ('incubatorCohorts', 'incubatorSpaces', 'incubatorCourses', 'organizationBookings', 'trainingRecord')
      AND payload IS NOT NULL
      AND NOT starts_with(convert_from(payload, 'UTF8'), '{"$id":"1","$type":"Incubator.Indexes.IndexState`1[[');
    IF unreadable > 0 THEN
        RAISE EXCEPTION '0011_index_grains: % list grain row(s) are in a shape this script does not know; nothing was changed', unreadable;
    END IF;
END
$check$;
