-- The audit log (src/Client/Audit): who did what, when, from which address. Append-only: rows are never changed, and
-- only the retention job deletes, and only rows older than the shortest retention allowed (30 days).
CREATE TABLE accounts."AuditEntries" (
    "Id" bigint GENERATED ALWAYS AS IDENTITY,
    "At" timestamp with time zone NOT NULL,
    "ActorId" text,
    "ActorName" character varying(256),
    "Action" character varying(64) NOT NULL,
    "Target" character varying(256),
    "Detail" character varying(1000),
    "ClientAddress" character varying(64),
    "Succeeded" boolean NOT NULL,
    CONSTRAINT "PK_AuditEntries" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_AuditEntries_At" ON accounts."AuditEntries" ("At");
CREATE INDEX "IX_AuditEntries_Action_At" ON accounts."AuditEntries" ("Action", "At");
CREATE INDEX "IX_AuditEntries_ActorName_At" ON accounts."AuditEntries" ("ActorName", "At");

CREATE FUNCTION accounts.audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD."At" < now() - interval '30 days' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON accounts."AuditEntries"
    FOR EACH ROW EXECUTE FUNCTION accounts.audit_entries_append_only();
