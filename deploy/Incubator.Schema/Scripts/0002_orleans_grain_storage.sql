-- Grain state for Orleans' AdoNet storage provider (Microsoft.Orleans.Persistence.AdoNet, invariant Npgsql).
-- The provider reads its SQL from orleansquery at start-up and binds @ServiceId, @GrainTypeString (the state
-- name), @GrainIdN0, @GrainIdN1, @GrainIdExtensionString (null for Guid/integer keys), @GrainIdHash,
-- @GrainTypeHash, @GrainStateVersion (null before the first write) and @PayloadBinary; it runs each query
-- in autocommit, so every query below is one statement and one commit.
CREATE SCHEMA IF NOT EXISTS orleans;

-- The provider selects QueryKey, QueryText unquoted: the table must resolve as orleansquery on the search path.
CREATE TABLE public.orleansquery (
    querykey  varchar(64) PRIMARY KEY,
    querytext text        NOT NULL
);

-- The grain's full identity is the primary key: two first writes of one grain can never make two rows.
-- The hashes are kept for diagnostics and future partitioning; lookups use the identity itself.
CREATE TABLE orleans.grain_state (
    service_id         text        NOT NULL,
    grain_type         text        NOT NULL,
    grain_id_n0        bigint      NOT NULL,
    grain_id_n1        bigint      NOT NULL,
    -- '' stands for "no extension", so the key has no nullable column.
    grain_id_extension text        NOT NULL,
    grain_id_hash      integer     NOT NULL,
    grain_type_hash    integer     NOT NULL,
    payload            bytea       NULL,
    version            integer     NOT NULL,
    modified_at        timestamptz NOT NULL,
    CONSTRAINT grain_state_identity PRIMARY KEY (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
);

INSERT INTO public.orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', $sql$
SELECT payload AS "PayloadBinary", version AS "Version"
FROM orleans.grain_state
WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
$sql$),

-- One statement: a known version updates in place, no version inserts. A stale version, or a first write
-- that lost a race, matches nothing and returns no row, which the provider reports as an inconsistent state.
('WriteToStorageKey', $sql$
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
)
SELECT version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT version FROM inserted
$sql$),

-- Clearing keeps the row with no payload and a new version, so a later first write cannot reuse an old version.
('ClearStorageKey', $sql$
UPDATE orleans.grain_state
SET payload = NULL, version = version + 1, modified_at = now()
WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
  AND version = @GrainStateVersion
RETURNING version
$sql$),

-- Used only with DeleteStateOnClear: removes the row and answers a version different from the one deleted.
('DeleteStorageKey', $sql$
DELETE FROM orleans.grain_state
WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
  AND version = @GrainStateVersion
RETURNING version + 1
$sql$);
