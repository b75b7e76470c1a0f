-- Read models that never drift (issue 8). An organization's grain state and its read-model rows (directory row, review
-- task, the timeline entries of that write) used to be separate commits: a process killed between them left an
-- organization in grain state that no list showed. Now the storage statement that writes the state also records, in
-- the same commit, that the state's read models are owed (incubator.projection_outbox). The grain projects right after
-- its write, in one statement that also deletes the outbox row; when that never happens (the process died, the
-- statement failed), the silo's projector finds the row and asks the grain to project again. See docs/architecture.md.

-- One row per grain whose read models lag its state. A later write of the same grain only moves version forward, so
-- the table holds at most one row per grain however often it is written before the projection catches up.
CREATE TABLE incubator.projection_outbox (
    service_id         text        NOT NULL,
    grain_type         text        NOT NULL,
    grain_id_n0        bigint      NOT NULL,
    grain_id_n1        bigint      NOT NULL,
    grain_id_extension text        NOT NULL,
    -- The newest state version not yet projected.
    version            integer     NOT NULL,
    -- The oldest version not yet projected: the state's timeline entries from this version on are still to append.
    first_version      integer     NOT NULL,
    written_at         timestamptz NOT NULL,
    CONSTRAINT projection_outbox_identity PRIMARY KEY (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
);
-- The projector reads its service's oldest rows first.
CREATE INDEX projection_outbox_due ON incubator.projection_outbox (service_id, written_at);

-- The write of 0002 plus the outbox row, still one statement and one commit. Only grain types with read models get
-- a row ('organization', the state name OrganizationGrain stores under); a refused write (no version returned)
-- records nothing.
UPDATE public.orleansquery SET querytext = $sql$
WITH updated AS (
    UPDATE orleans.grain_state
    SET payload = @PayloadBinary, version = version + 1, modified_at = now()
    WHERE @GrainStateVersion IS NOT NULL
      AND service_id = @ServiceId AND grain_type = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
      AND version = @GrainStateVersion
    RETURNING version
), inserted AS (
    INSERT INTO orleans.grain_state
        (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, grain_id_hash, grain_type_hash, payload, version, modified_at)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, coalesce(@GrainIdExtensionString, ''),
           @GrainIdHash, @GrainTypeHash, @PayloadBinary, 1, now()
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT ON CONSTRAINT grain_state_identity DO NOTHING
    RETURNING version
), written AS (
    SELECT version FROM updated
    UNION ALL
    SELECT version FROM inserted
), owed AS (
    INSERT INTO incubator.projection_outbox
        (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, version, first_version, written_at)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, coalesce(@GrainIdExtensionString, ''), version, version, now()
    FROM written
    WHERE @GrainTypeString = 'organization'
    ON CONFLICT ON CONSTRAINT projection_outbox_identity DO UPDATE SET version = EXCLUDED.version
)
SELECT version AS "NewGrainStateVersion" FROM written
$sql$
WHERE querykey = 'WriteToStorageKey';

-- Orleans keys a Guid grain by the two little-endian halves of Guid.ToByteArray() (grain_id_n0, grain_id_n1); that
-- byte order stores the first three groups reversed. Rebuilds the uuid from the halves' hex digits (0010 did the same
-- with bytea; this form is one expression, which PostgreSQL inlines, about 3× faster over 100,000 rows).
CREATE FUNCTION incubator.orleans_guid(n0 bigint, n1 bigint) RETURNS uuid
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT (substr(lpad(to_hex(n0), 16, '0'), 9, 8) || substr(lpad(to_hex(n0), 16, '0'), 5, 4) || substr(lpad(to_hex(n0), 16, '0'), 1, 4)
            || substr(lpad(to_hex(n1), 16, '0'), 15, 2) || substr(lpad(to_hex(n1), 16, '0'), 13, 2)
            || substr(lpad(to_hex(n1), 16, '0'), 11, 2) || substr(lpad(to_hex(n1), 16, '0'), 9, 2)
            || substr(lpad(to_hex(n1), 16, '0'), 7, 2) || substr(lpad(to_hex(n1), 16, '0'), 5, 2)
            || substr(lpad(to_hex(n1), 16, '0'), 3, 2) || substr(lpad(to_hex(n1), 16, '0'), 1, 2))::uuid
    $$;

-- What each organization's state says its read models should hold, read from the stored JSON (Newtonsoft: default
-- values are left out, enums are numbers). Used only to check and repair, never on the write path.
CREATE VIEW incubator.organization_state_projection AS
SELECT s.service_id, s.grain_id_n0, s.grain_id_n1, s.version,
       incubator.orleans_guid(s.grain_id_n0, s.grain_id_n1)                                   AS organization_id,
       coalesce(j ->> 'IncubatorId', '00000000-0000-0000-0000-000000000000')::uuid           AS incubator_id,
       coalesce(j ->> 'Name', '')                                                            AS name,
       j ->> 'CreditCode'                                                                    AS credit_code,
       coalesce(j ->> 'FilingNumber', '')                                                    AS filing_number,
       coalesce((j ->> 'Category')::smallint, 0)                                             AS category,
       coalesce((j ->> 'Stage')::smallint, 0)                                                AS stage,
       (j ->> 'FiledAt')::timestamptz                                                        AS filed_at,
       -- An open graduation review (stage 3) is due at the end of the incubation period.
       CASE WHEN coalesce((j ->> 'Stage')::smallint, 0) = 3 THEN (j ->> 'IncubationEndsAt')::timestamptz END AS review_due_at
FROM orleans.grain_state AS s
-- OFFSET 0 keeps the parsed document one value: flattened, every column below would parse the JSON again.
CROSS JOIN LATERAL (SELECT convert_from(s.payload, 'UTF8')::jsonb AS j OFFSET 0) AS p
WHERE s.grain_type = 'organization' AND s.payload IS NOT NULL;

-- .NET keeps ticks (100 ns) and writes them into the JSON; timestamptz keeps microseconds: equal within one of them.
CREATE FUNCTION incubator.same_instant(a timestamptz, b timestamptz) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (a IS NULL AND b IS NULL) OR abs(extract(epoch FROM a - b)) < 0.000002 $$;

-- Each organization whose read models differ from its state, and how. Rows of organizations without state are
-- 'extra' (organization_id from the read model, no grain to ask).
CREATE VIEW incubator.read_model_drift_rows AS
-- Each stored state is parsed once, however many checks below read it.
WITH e AS MATERIALIZED (SELECT * FROM incubator.organization_state_projection)
SELECT 'organization_directory'::text AS read_model, 'missing'::text AS kind, e.organization_id, e.service_id, e.grain_id_n0, e.grain_id_n1, e.version
FROM e
WHERE NOT EXISTS (SELECT 1 FROM incubator.organization_directory AS d WHERE d.organization_id = e.organization_id)
UNION ALL
SELECT 'organization_directory', 'stale', e.organization_id, e.service_id, e.grain_id_n0, e.grain_id_n1, e.version
FROM e
JOIN incubator.organization_directory AS d ON d.organization_id = e.organization_id
WHERE (d.incubator_id, d.name, d.credit_code::text, d.filing_number, d.category, d.stage)
      IS DISTINCT FROM (e.incubator_id, e.name, e.credit_code, e.filing_number, e.category, e.stage)
   OR NOT incubator.same_instant(d.filed_at, e.filed_at)
UNION ALL
SELECT 'organization_directory', 'extra', d.organization_id, NULL, NULL, NULL, NULL
FROM incubator.organization_directory AS d
WHERE NOT EXISTS (SELECT 1 FROM e WHERE e.organization_id = d.organization_id)
UNION ALL
-- A review task closed early (a hand-off during the review closes it) still counts: the row is there.
SELECT 'review_tasks', 'missing', e.organization_id, e.service_id, e.grain_id_n0, e.grain_id_n1, e.version
FROM e
WHERE e.review_due_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM incubator.review_tasks AS r
                  WHERE r.organization_id = e.organization_id AND incubator.same_instant(r.due_at, e.review_due_at))
UNION ALL
SELECT 'review_tasks', 'extra', r.organization_id, e.service_id, e.grain_id_n0, e.grain_id_n1, e.version
FROM incubator.review_tasks AS r
LEFT JOIN e ON e.organization_id = r.organization_id
WHERE r.closed_at IS NULL AND (e.review_due_at IS NULL OR NOT incubator.same_instant(r.due_at, e.review_due_at))
UNION ALL
-- Writes whose projection has not happened yet: their timeline entries are not appended either.
SELECT 'projection_outbox', 'pending', incubator.orleans_guid(o.grain_id_n0, o.grain_id_n1), o.service_id, o.grain_id_n0, o.grain_id_n1, o.version
FROM incubator.projection_outbox AS o;

-- The reconciliation query: drift per read model and kind, every combination listed (0 when clean).
CREATE FUNCTION incubator.read_model_drift() RETURNS TABLE (read_model text, kind text, rows bigint)
    LANGUAGE sql STABLE
    AS $$
    SELECT k.read_model, k.kind, count(d.organization_id)
    FROM (VALUES ('organization_directory', 'missing'), ('organization_directory', 'stale'), ('organization_directory', 'extra'),
                 ('review_tasks', 'missing'), ('review_tasks', 'extra'), ('projection_outbox', 'pending')) AS k(read_model, kind)
    LEFT JOIN incubator.read_model_drift_rows AS d ON d.read_model = k.read_model AND d.kind = k.kind
    GROUP BY k.read_model, k.kind
    ORDER BY k.read_model, k.kind
    $$;

-- Repair: what has no grain is removed here; every organization whose rows are missing or stale is put in the
-- outbox as due now, so the silo's projector has its grain project again (the one projection code path). A grain
-- already in the outbox keeps its first_version; a new row starts after the current version, so no timeline entry is
-- appended twice. Returns the drift it found; a silo must be running for the outbox to drain.
CREATE FUNCTION incubator.repair_read_models() RETURNS TABLE (read_model text, kind text, rows bigint)
    LANGUAGE plpgsql
    AS $$
    BEGIN
        -- Only there when called twice in one transaction (it drops at commit).
        IF to_regclass('pg_temp.repair_drift') IS NOT NULL THEN
            DROP TABLE pg_temp.repair_drift;
        END IF;
        CREATE TEMP TABLE repair_drift ON COMMIT DROP AS SELECT * FROM incubator.read_model_drift_rows;

        DELETE FROM incubator.organization_directory AS d
        USING repair_drift AS r
        WHERE r.read_model = 'organization_directory' AND r.kind = 'extra' AND d.organization_id = r.organization_id;

        UPDATE incubator.review_tasks AS t SET closed_at = now()
        FROM repair_drift AS r
        WHERE r.read_model = 'review_tasks' AND r.kind = 'extra' AND r.service_id IS NULL
          AND t.organization_id = r.organization_id AND t.closed_at IS NULL;

        INSERT INTO incubator.projection_outbox
            (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, version, first_version, written_at)
        SELECT DISTINCT ON (r.service_id, r.grain_id_n0, r.grain_id_n1)
               r.service_id, 'organization', r.grain_id_n0, r.grain_id_n1, '', r.version, r.version + 1, '-infinity'::timestamptz
        FROM repair_drift AS r
        WHERE r.service_id IS NOT NULL
        ORDER BY r.service_id, r.grain_id_n0, r.grain_id_n1, r.version DESC
        ON CONFLICT ON CONSTRAINT projection_outbox_identity DO UPDATE SET written_at = '-infinity';

        RETURN QUERY
        SELECT k.read_model, k.kind, count(d.organization_id)
        FROM (VALUES ('organization_directory', 'missing'), ('organization_directory', 'stale'), ('organization_directory', 'extra'),
                     ('review_tasks', 'missing'), ('review_tasks', 'extra'), ('projection_outbox', 'pending')) AS k(read_model, kind)
        LEFT JOIN repair_drift AS d ON d.read_model = k.read_model AND d.kind = k.kind
        GROUP BY k.read_model, k.kind
        ORDER BY k.read_model, k.kind;
    END
    $$;
