-- Social-work stations (社会工作服务站, docs/domain.md §7), one row each, written by the station grain after its state:
-- which communities a station serves, who runs it (NULL: the community itself) and its staff, for coverage and matching.
CREATE TABLE incubator.stations (
    station_id               uuid    PRIMARY KEY,
    name                     text    NOT NULL,
    district_id              uuid    NOT NULL,
    community_ids            uuid[]  NOT NULL,
    operator_organization_id uuid    NULL,
    staff_social_worker_ids  uuid[]  NOT NULL,
    retired                  boolean NOT NULL DEFAULT false
);
CREATE INDEX stations_communities ON incubator.stations USING gin (community_ids);
CREATE INDEX stations_district ON incubator.stations (district_id);
