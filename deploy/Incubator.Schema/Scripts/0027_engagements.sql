-- Proposals, engagements and service logs (docs/domain.md §10), written by the need's grain after its state: the
-- answering parties' lists and inboxes, the track record matching scores, the evidence behind a service offer, idle
-- organizations and support given twice to one community's target group read them here.
CREATE TABLE incubator.proposals (
    proposal_id          uuid        PRIMARY KEY,
    need_id              uuid        NOT NULL,
    need_title           text        NOT NULL,
    community_id         uuid        NOT NULL,
    organization_id      uuid        NOT NULL,
    organization_name    text        NOT NULL,
    social_worker_id     uuid        NOT NULL,
    social_worker_name   text        NOT NULL,
    starts_on            date        NOT NULL,
    ends_on              date        NOT NULL,
    weekly_hours         integer     NOT NULL,
    planned_hours        integer     NOT NULL,
    status               smallint    NOT NULL,
    organization_answer  smallint    NOT NULL,
    social_worker_answer smallint    NOT NULL,
    proposed_at          timestamptz NOT NULL
);
CREATE INDEX proposals_organization ON incubator.proposals (organization_id, proposed_at DESC);
CREATE INDEX proposals_social_worker ON incubator.proposals (social_worker_id, proposed_at DESC);
CREATE INDEX proposals_need ON incubator.proposals (need_id);

-- status: 0 active, 1 done (EngagementStatus). budget_area_id/budget_area_level: the area and tier whose budget
-- project funds it (NULL when none), for duplicate support; target_group copied from the need.
CREATE TABLE incubator.engagements (
    engagement_id     uuid          PRIMARY KEY,
    need_id           uuid          NOT NULL UNIQUE,
    need_title        text          NOT NULL,
    organization_id   uuid          NOT NULL,
    organization_name text          NOT NULL,
    social_worker_id  uuid          NULL,
    station_id        uuid          NULL,
    community_id      uuid          NOT NULL,
    district_id       uuid          NOT NULL,
    target_group      integer       NOT NULL,
    status            smallint      NOT NULL,
    starts_on         date          NOT NULL,
    ends_on           date          NOT NULL,
    planned_hours     integer       NOT NULL,
    hours_logged      numeric(10,1) NOT NULL DEFAULT 0,
    residents_served  integer       NOT NULL DEFAULT 0,
    feedback_score    smallint      NULL,
    budget_area_id    uuid          NULL,
    budget_area_level smallint      NULL,
    project_id        uuid          NULL,
    started_at        timestamptz   NOT NULL,
    closed_at         timestamptz   NULL
);
CREATE INDEX engagements_organization ON incubator.engagements (organization_id, status);
CREATE INDEX engagements_community_group ON incubator.engagements (community_id, target_group) WHERE budget_area_id IS NOT NULL;

CREATE TABLE incubator.service_logs (
    log_id           uuid          PRIMARY KEY,
    engagement_id    uuid          NOT NULL,
    served_on        date          NOT NULL,
    hours            numeric(4,1)  NOT NULL CHECK (hours > 0),
    residents_served integer       NOT NULL CHECK (residents_served >= 0),
    note             text          NULL,
    logged_by        text          NOT NULL,
    logged_at        timestamptz   NOT NULL
);
CREATE INDEX service_logs_engagement ON incubator.service_logs (engagement_id, served_on);

-- Matching (docs/domain.md §10) looks up, per candidate organization, its social workers, its stations and whether it
-- is stationed in the need's community: indexes on the social-workers and communities features' tables (0019-0024),
-- made here because only matching reads them this way. Those migrations come first in every database built from this
-- release; the check only keeps this script valid on a branch built without them.
DO $$
BEGIN
    IF to_regclass('incubator.social_workers') IS NOT NULL THEN
        CREATE INDEX IF NOT EXISTS social_workers_employer ON incubator.social_workers (employer_organization_id) WHERE status = 0;
    END IF;
    IF to_regclass('incubator.stations') IS NOT NULL THEN
        CREATE INDEX IF NOT EXISTS stations_operator ON incubator.stations (operator_organization_id) WHERE NOT retired;
    END IF;
    IF to_regclass('incubator.stationings') IS NOT NULL THEN
        CREATE INDEX IF NOT EXISTS stationings_organization_active ON incubator.stationings (organization_id, community_id) WHERE ended_on IS NULL;
    END IF;
END
$$;
