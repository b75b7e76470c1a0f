-- Organization timelines: append-only rows, written by whichever grain did the thing (src/Grains/Implementation/Timeline).
-- Until now each timeline was a list inside the organization's grain state, rewritten with every write of it.
-- arguments is a JSON object of invariant name → value pairs (see TimelineArgs); the Client renders them per viewer.
CREATE TABLE incubator.timeline (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id uuid        NOT NULL,
    at              timestamptz NOT NULL,
    action          smallint    NOT NULL,
    arguments       jsonb       NOT NULL,
    actor_id        text        NOT NULL,
    actor_name      text        NOT NULL
);
-- Pages are read newest first by (at, id): keyset paging walks this index.
CREATE INDEX timeline_page ON incubator.timeline (organization_id, at DESC, id DESC);

-- Orleans keys a Guid grain by the two little-endian halves of Guid.ToByteArray() (grain_id_n0, grain_id_n1);
-- that byte order stores the first three groups reversed, so rebuild the uuid's big-endian bytes from them.
CREATE FUNCTION pg_temp.orleans_guid(n0 bigint, n1 bigint) RETURNS uuid
    LANGUAGE sql IMMUTABLE
    AS $$
    SELECT encode(
        substring(int8send(n0) FROM 5 FOR 4) || substring(int8send(n0) FROM 3 FOR 2) || substring(int8send(n0) FROM 1 FOR 2)
        || (SELECT string_agg(substring(int8send(n1) FROM i FOR 1), ''::bytea ORDER BY i DESC) FROM generate_series(1, 8) AS i),
        'hex')::uuid
    $$;

-- Moves every stored timeline, in its order. The state's JSON (Newtonsoft, with type names) keeps a list as
-- {"$type": ..., "$values": [...]} and leaves out default values: a missing Action is 0 (Filed), a missing text is empty.
-- Old entries have English prose only: it becomes the argument "detail", shown after the action's localized label.
-- The grain state keeps its old "Timeline" member until the grain's next write, which no longer has it; nothing reads it.
INSERT INTO incubator.timeline (organization_id, at, action, arguments, actor_id, actor_name)
SELECT pg_temp.orleans_guid(s.grain_id_n0, s.grain_id_n1),
       (e.entry ->> 'At')::timestamptz,
       coalesce((e.entry ->> 'Action')::smallint, 0),
       jsonb_build_object('detail', coalesce(e.entry ->> 'Detail', '')),
       coalesce(e.entry ->> 'ActorId', ''),
       coalesce(e.entry ->> 'ActorName', '')
FROM orleans.grain_state AS s
CROSS JOIN LATERAL (SELECT convert_from(s.payload, 'UTF8')::jsonb -> 'Timeline' AS timeline) AS t
CROSS JOIN LATERAL jsonb_array_elements(
    CASE jsonb_typeof(t.timeline) WHEN 'array' THEN t.timeline WHEN 'object' THEN t.timeline -> '$values' ELSE '[]'::jsonb END)
    WITH ORDINALITY AS e(entry, n)
WHERE s.grain_type = 'organization' AND s.payload IS NOT NULL AND e.entry ? 'At'
ORDER BY s.service_id, s.grain_id_n0, s.grain_id_n1, e.n;
