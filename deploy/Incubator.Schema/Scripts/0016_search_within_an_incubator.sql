-- Name search within one incubator that stays flat as the directory grows (issue 8, P4 in docs/benchmarks.md).
-- The gram index of 0012 holds every incubator's names together: a search at one incubator read, for each match
-- anywhere, its heap row only to drop it by incubator (a search for "elder" at an incubator without one read every
-- "elder" in the directory). Here every gram also carries its incubator, "<incubator id>:<gram>", in a second indexed
-- array, so that the index alone narrows a search to the incubator asked for. Built in, no extension (btree_gin would
-- allow a composite GIN over (incubator_id, name_grams), but is one more package for each deployment to carry).
-- The full id, not a prefix: the query keeps its incubator_id condition anyway, and a GIN stores each key once, so
-- the length of a key costs next to nothing against its list of rows.
CREATE FUNCTION incubator.scoped_grams(incubator_id uuid, grams text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT ARRAY(SELECT incubator_id::text || ':' || gram FROM unnest(grams) AS gram) $$;

-- A generated column cannot read another one, so the grams of the name are computed again here (on write only).
ALTER TABLE incubator.organization_directory
    ADD COLUMN incubator_name_grams text[]
        GENERATED ALWAYS AS (incubator.scoped_grams(incubator_id, incubator.name_grams(name))) STORED;
CREATE INDEX organization_directory_incubator_name_grams ON incubator.organization_directory
    USING gin (incubator_name_grams) WITH (fastupdate = off);

ANALYZE incubator.organization_directory;
