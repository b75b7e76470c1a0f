-- What needs a manager or a party-building officer: checkpoints due or overdue, hand-offs waiting, applications to
-- score. Keys are stable (kind + ids) so that a job that runs twice opens an item once. Open graduation reviews stay
-- in incubator.review_tasks and are read together with these.
CREATE TABLE incubator.inbox_items (
    item_key          text        PRIMARY KEY,
    incubator_id      uuid        NOT NULL,
    audience          smallint    NOT NULL,
    kind              smallint    NOT NULL,
    organization_id   uuid        NOT NULL,
    organization_name text        NOT NULL,
    due_at            timestamptz NULL,
    created_at        timestamptz NOT NULL,
    closed_at         timestamptz NULL
);
CREATE INDEX inbox_items_open ON incubator.inbox_items (incubator_id, due_at) WHERE closed_at IS NULL;
CREATE INDEX inbox_items_organization ON incubator.inbox_items (organization_id) WHERE closed_at IS NULL;
