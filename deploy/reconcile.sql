-- Read models against grain state: how many rows drift, per read model and kind, and the total (0 when clean).
-- Usage: psql "postgresql://…" -X -q -f deploy/reconcile.sql     (or deploy/repair.sh --check, which finds psql)
-- Kinds: organization_directory missing / stale / extra, review_tasks missing / extra (read from the organizations'
-- stored JSON by incubator.read_model_drift_rows, migration 0013), and projection_outbox pending: writes whose
-- projection (directory, review task, timeline entries) has not happened yet. Pending rows are normal for an instant
-- under load; after a crash they stay until a silo's projector has redone them (seconds after it starts).
-- The rows themselves, to look at: SELECT * FROM incubator.read_model_drift_rows;
WITH drift AS (SELECT * FROM incubator.read_model_drift())
SELECT read_model, kind, rows FROM drift
UNION ALL
SELECT 'total', 'drift', coalesce(sum(rows), 0)::bigint FROM drift;
