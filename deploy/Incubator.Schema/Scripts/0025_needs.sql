-- The needs list (需求清单, docs/domain.md §10): one row per need, written by its grain after its own state. Geography is
-- copied in (community, its subdistrict, its district) so that a community, a subdistrict or a district reads its
-- needs, and a leader's inbox its escalated ones, without the geography tree. Numbers are the enums' (NeedStatus,
-- ServiceDomain, TargetGroup, NeedUrgency, EscalationLevel). due_on is the community's date the need should be matched
-- by (posted + the community's escalation delay); matched_at is when two accepts made its engagement.
CREATE TABLE incubator.needs (
    need_id            uuid          PRIMARY KEY,
    community_id       uuid          NOT NULL,
    subdistrict_id     uuid          NOT NULL,
    district_id        uuid          NOT NULL,
    title              text          NOT NULL,
    domain             integer       NOT NULL,
    target_group       integer       NOT NULL,
    residents_affected integer       NOT NULL CHECK (residents_affected > 0),
    urgency            smallint      NOT NULL,
    wanted_by          date          NOT NULL,
    budget             numeric(14,2) NULL CHECK (budget > 0),
    status             smallint      NOT NULL,
    posted_at          timestamptz   NOT NULL,
    due_on             date          NOT NULL,
    matched_at         timestamptz   NULL,
    escalation_level   smallint      NOT NULL DEFAULT 0,
    owner_user_id      text          NOT NULL,
    closed_reason      text          NULL
);
CREATE INDEX needs_community ON incubator.needs (community_id, status, posted_at DESC);
CREATE INDEX needs_subdistrict ON incubator.needs (subdistrict_id, status, posted_at DESC);
CREATE INDEX needs_district ON incubator.needs (district_id, status, posted_at DESC);
CREATE INDEX needs_escalated ON incubator.needs (subdistrict_id, district_id) WHERE status = 0 AND escalation_level > 0;
