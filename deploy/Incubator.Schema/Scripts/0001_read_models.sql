-- Our own tables: read models the grains keep for lists, search and task queues.
CREATE SCHEMA IF NOT EXISTS incubator;

-- Escapes LIKE wildcards so that user text is matched literally.
CREATE FUNCTION incubator.escape_like(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT replace(replace(replace(value, '\', '\\'), '%', '\%'), '_', '\_') $$;

-- One row per filed organization, written by its grain after every change.
CREATE TABLE incubator.organization_directory (
    organization_id uuid        PRIMARY KEY,
    incubator_id    uuid        NOT NULL,
    name            text        NOT NULL,
    credit_code     char(18)    NULL,
    filing_number   text        NOT NULL,
    category        smallint    NOT NULL,
    stage           smallint    NOT NULL,
    filed_at        timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX organization_directory_incubator_name ON incubator.organization_directory (incubator_id, name);
CREATE INDEX organization_directory_credit_code ON incubator.organization_directory (credit_code) WHERE credit_code IS NOT NULL;

-- Graduation reviews waiting for a manager; one per organization and due date, so a rerun job adds nothing.
CREATE TABLE incubator.review_tasks (
    organization_id   uuid        NOT NULL,
    due_at            timestamptz NOT NULL,
    incubator_id      uuid        NOT NULL,
    organization_name text        NOT NULL,
    opened_at         timestamptz NOT NULL,
    closed_at         timestamptz NULL,
    PRIMARY KEY (organization_id, due_at)
);
CREATE INDEX review_tasks_open ON incubator.review_tasks (incubator_id, due_at) WHERE closed_at IS NULL;
