-- Social workers (社工, docs/domain.md §8), one row each, written by the social worker's grain after its own state: the
-- resources list, matching, idle social workers and the certified-per-10,000 ratios read them without activating every
-- grain. weekly_hours_committed is the most hours reserved or confirmed in any week from the day of the last write on,
-- so available minus committed is what he can still promise every week; social_worker_commitments has the weeks.
-- certification_level: 1 助理社会工作师, 2 社会工作师, 3 高级社会工作师; status: 0 active, 1 left; skills are ServiceDomain numbers.
-- "Certified in year Y" = certified_on <= Dec 31 of Y and (left_on IS NULL OR left_on > Dec 31 of Y).
CREATE TABLE incubator.social_workers (
    social_worker_id         uuid     PRIMARY KEY,
    name                     text     NOT NULL,
    employer_organization_id uuid     NULL,
    district_id              uuid     NOT NULL,
    community_ids            uuid[]   NOT NULL DEFAULT '{}',
    station_ids              uuid[]   NOT NULL DEFAULT '{}',
    skills                   int[]    NOT NULL DEFAULT '{}',
    certification_level      smallint NULL CHECK (certification_level BETWEEN 1 AND 3),
    certificate_number       text     NULL UNIQUE,
    certified_on             date     NULL,
    status                   smallint NOT NULL DEFAULT 0 CHECK (status IN (0, 1)),
    left_on                  date     NULL,
    weekly_hours_available   int      NOT NULL CHECK (weekly_hours_available >= 0),
    weekly_hours_committed   int      NOT NULL DEFAULT 0 CHECK (weekly_hours_committed >= 0),
    account_user_id          text     NULL UNIQUE,
    CHECK ((certification_level IS NULL) = (certificate_number IS NULL) AND (certificate_number IS NULL) = (certified_on IS NULL)),
    CHECK ((status = 1) = (left_on IS NOT NULL))
);
CREATE INDEX social_workers_district ON incubator.social_workers (district_id, name);
CREATE INDEX social_workers_communities ON incubator.social_workers USING gin (community_ids);
CREATE INDEX social_workers_stations ON incubator.social_workers USING gin (station_ids);
CREATE INDEX social_workers_skills ON incubator.social_workers USING gin (skills);

-- Every proposal's hours (status 0 reserved, 1 confirmed, 2 released), copied from the grain with the row above, so a
-- reader can sum the hours of any week: committed in the week starting M = sum of weekly_hours over rows with
-- status < 2 AND date_trunc('week', from_on) <= M AND M <= date_trunc('week', until_on) (weeks start on Monday).
CREATE TABLE incubator.social_worker_commitments (
    social_worker_id uuid     NOT NULL REFERENCES incubator.social_workers (social_worker_id) ON DELETE CASCADE,
    proposal_id      uuid     NOT NULL,
    weekly_hours     int      NOT NULL CHECK (weekly_hours > 0),
    from_on          date     NOT NULL,
    until_on         date     NOT NULL CHECK (until_on >= from_on),
    status           smallint NOT NULL CHECK (status IN (0, 1, 2)),
    PRIMARY KEY (social_worker_id, proposal_id)
);
CREATE INDEX social_worker_commitments_holding ON incubator.social_worker_commitments (social_worker_id, until_on) WHERE status < 2;
