-- Lists that do not scan (issue 8): the organization list pages by keyset, searches names through a gram index that
-- works for Chinese, and the pipeline reads counts kept as the directory changes instead of a GROUP BY over it.
-- Measured in docs/benchmarks.md (P4).

-- Name search. pg_trgm (in Debian's postgresql-15 package) does index CJK under our C.UTF-8 clusters, but it cannot use
-- its index for a search shorter than three characters, and Chinese searches are mostly two (社区, 养老): the GIN scan
-- then reads every entry. Instead every name carries its single characters and its pairs of adjacent characters,
-- lower-cased; a search of one or two characters is one array element, a longer one all of its pairs. Built in, so no
-- extension is needed. Lower-cased as ILIKE compares multibyte text, so the recheck by ILIKE agrees with the grams.
-- A loop, not a set-returning query: about 5x cheaper, and it runs on every write of a name.
CREATE FUNCTION incubator.name_grams(value text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    DECLARE
        lowered text := lower(value);
        size int := char_length(lowered);
        grams text[] := '{}';
    BEGIN
        FOR i IN 1..size LOOP
            grams := grams || substr(lowered, i, 1);
            IF i < size THEN
                grams := grams || substr(lowered, i, 2);
            END IF;
        END LOOP;
        RETURN grams;
    END
    $$;

-- The grams a name must hold to contain the search text: itself when one character, otherwise its adjacent pairs.
CREATE FUNCTION incubator.search_grams(value text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
        SELECT CASE WHEN char_length(lowered) <= 1 THEN ARRAY[lowered]
                    ELSE ARRAY(SELECT DISTINCT substr(lowered, i, 2) FROM generate_series(1, char_length(lowered) - 1) AS i)
               END
        FROM (SELECT lower(value) AS lowered) AS v
    $$;

-- Stored, not only indexed: a page sorted by name may walk the name index and test each row's grams, and computing
-- them per row read would cost more than the page.
ALTER TABLE incubator.organization_directory
    ADD COLUMN name_grams text[] GENERATED ALWAYS AS (incubator.name_grams(name)) STORED;
-- Without the pending list (fastupdate), a search never reads unsorted recent entries; a write adds its grams at once.
CREATE INDEX organization_directory_name_grams ON incubator.organization_directory USING gin (name_grams) WITH (fastupdate = off);

-- Codes are searched by prefix; the cluster's collation (C.UTF-8) is not "C", so a plain b-tree cannot serve LIKE 'x%'.
CREATE INDEX organization_directory_credit_code_prefix ON incubator.organization_directory (credit_code bpchar_pattern_ops)
    WHERE credit_code IS NOT NULL;
CREATE INDEX organization_directory_filing_number_prefix ON incubator.organization_directory (upper(filing_number) text_pattern_ops);

-- Keyset pages: one index per sort, within an incubator and across all (an administrator's list), each ending in the
-- organization id that breaks ties, so that "after this row" is one index range.
CREATE INDEX organization_directory_incubator_name_id ON incubator.organization_directory (incubator_id, name, organization_id);
CREATE INDEX organization_directory_name_id ON incubator.organization_directory (name, organization_id);
CREATE INDEX organization_directory_incubator_filed_id ON incubator.organization_directory (incubator_id, filed_at, organization_id);
CREATE INDEX organization_directory_filed_id ON incubator.organization_directory (filed_at, organization_id);
CREATE INDEX organization_directory_incubator_stage_id ON incubator.organization_directory (incubator_id, stage, organization_id);
CREATE INDEX organization_directory_stage_id ON incubator.organization_directory (stage, organization_id);
-- Covered by organization_directory_incubator_name_id.
DROP INDEX incubator.organization_directory_incubator_name;

-- Organizations per incubator and stage, kept by the triggers below in the same transaction as the directory change,
-- however the directory is written. Each count is spread over 16 slots (by the organization id) so that simultaneous
-- filings at one incubator do not queue on one row lock until each commits; readers add the slots up.
CREATE TABLE incubator.organization_stage_counts (
    incubator_id uuid     NOT NULL,
    stage        smallint NOT NULL,
    slot         smallint NOT NULL,
    count        bigint   NOT NULL,
    PRIMARY KEY (incubator_id, stage, slot)
);

CREATE FUNCTION incubator.stage_count_slot(organization_id uuid) RETURNS smallint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT (get_byte(uuid_send(organization_id), 15) & 15)::smallint $$;

CREATE FUNCTION incubator.adjust_stage_count(incubator_id uuid, stage smallint, slot smallint, delta bigint) RETURNS void
    LANGUAGE sql
    AS $$
        INSERT INTO incubator.organization_stage_counts AS c (incubator_id, stage, slot, count)
        VALUES (incubator_id, stage, slot, delta)
        ON CONFLICT ON CONSTRAINT organization_stage_counts_pkey DO UPDATE SET count = c.count + EXCLUDED.count
    $$;

-- Lock order: every change takes its count rows in key order (incubator, stage, slot), so that two transactions that
-- touch the same rows wait for each other instead of deadlocking.
--
-- Inserts and deletes: one statement's rows added up per count row first (transition tables), then applied in key
-- order, however many rows the statement wrote.
CREATE FUNCTION incubator.organization_stage_counts_apply() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO incubator.organization_stage_counts AS c (incubator_id, stage, slot, count)
            SELECT incubator_id, stage, incubator.stage_count_slot(organization_id), count(*)
            FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (incubator_id, stage, slot) DO UPDATE SET count = c.count + EXCLUDED.count;
        ELSE
            INSERT INTO incubator.organization_stage_counts AS c (incubator_id, stage, slot, count)
            SELECT incubator_id, stage, incubator.stage_count_slot(organization_id), -count(*)
            FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (incubator_id, stage, slot) DO UPDATE SET count = c.count + EXCLUDED.count;
        END IF;
        RETURN NULL;
    END
    $$;

-- Updates: a row trigger that fires only when an organization moves between incubators or stages. Every grain write
-- rewrites its directory row, and a statement trigger would cost each of them its transition tables and a query
-- (about 0.3 ms measured on the shared build machine) for the few that move; the WHEN test costs nothing. A move takes
-- its two count rows in key order. A single statement moving many organizations takes them in row order, so two
-- such statements at once can deadlock (PostgreSQL stops one; run it again): grains never write so.
CREATE FUNCTION incubator.organization_stage_counts_move() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    DECLARE
        old_slot smallint := incubator.stage_count_slot(OLD.organization_id);
        new_slot smallint := incubator.stage_count_slot(NEW.organization_id);
    BEGIN
        IF (OLD.incubator_id, OLD.stage, old_slot) < (NEW.incubator_id, NEW.stage, new_slot) THEN
            PERFORM incubator.adjust_stage_count(OLD.incubator_id, OLD.stage, old_slot, -1);
            PERFORM incubator.adjust_stage_count(NEW.incubator_id, NEW.stage, new_slot, 1);
        ELSE
            PERFORM incubator.adjust_stage_count(NEW.incubator_id, NEW.stage, new_slot, 1);
            PERFORM incubator.adjust_stage_count(OLD.incubator_id, OLD.stage, old_slot, -1);
        END IF;
        RETURN NULL;
    END
    $$;

-- Transition tables allow one event per trigger, hence one trigger per event.
CREATE TRIGGER organization_stage_counts_insert AFTER INSERT ON incubator.organization_directory
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incubator.organization_stage_counts_apply();
CREATE TRIGGER organization_stage_counts_delete AFTER DELETE ON incubator.organization_directory
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION incubator.organization_stage_counts_apply();
CREATE TRIGGER organization_stage_counts_update AFTER UPDATE ON incubator.organization_directory
    FOR EACH ROW WHEN (OLD.incubator_id IS DISTINCT FROM NEW.incubator_id OR OLD.stage IS DISTINCT FROM NEW.stage
                       OR OLD.organization_id IS DISTINCT FROM NEW.organization_id)
    EXECUTE FUNCTION incubator.organization_stage_counts_move();

CREATE FUNCTION incubator.organization_stage_counts_clear() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN DELETE FROM incubator.organization_stage_counts; RETURN NULL; END $$;
CREATE TRIGGER organization_stage_counts_truncate AFTER TRUNCATE ON incubator.organization_directory
    FOR EACH STATEMENT EXECUTE FUNCTION incubator.organization_stage_counts_clear();

-- The rows already there. This script runs in one transaction and CREATE TRIGGER has locked the directory against
-- writes since, so no change falls between the backfill and the triggers.
INSERT INTO incubator.organization_stage_counts (incubator_id, stage, slot, count)
SELECT incubator_id, stage, incubator.stage_count_slot(organization_id), count(*)
FROM incubator.organization_directory
GROUP BY 1, 2, 3;

ANALYZE incubator.organization_directory;
