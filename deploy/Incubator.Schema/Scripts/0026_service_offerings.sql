-- The service list (服务清单, docs/domain.md §10): what each organization offers, one row per organization, written by
-- its offering's grain after its state. Arrays hold enum numbers (ServiceDomain, TargetGroup) and the area ids it
-- serves (communities, subdistricts or whole districts); matching finds candidates through the GIN indexes
-- (domains @> {domain}, area_ids && {community, subdistrict, district}). monthly_capacity: engagements it can run at
-- one time. district_id: the district of the organization's incubator, for leaders' lists.
CREATE TABLE incubator.service_offerings (
    organization_id   uuid        PRIMARY KEY,
    organization_name text        NOT NULL,
    district_id       uuid        NOT NULL,
    domains           integer[]   NOT NULL,
    target_groups     integer[]   NOT NULL,
    area_ids          uuid[]      NOT NULL,
    monthly_capacity  integer     NOT NULL CHECK (monthly_capacity >= 0),
    priced            boolean     NOT NULL,
    price_note        text        NULL,
    description       text        NULL,
    updated_by        text        NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX service_offerings_domains ON incubator.service_offerings USING gin (domains);
CREATE INDEX service_offerings_areas ON incubator.service_offerings USING gin (area_ids);
CREATE INDEX service_offerings_district ON incubator.service_offerings (district_id, organization_name);
