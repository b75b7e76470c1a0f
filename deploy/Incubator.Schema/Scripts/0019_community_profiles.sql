-- Communities as records of their own (issue 11, docs/domain.md §3): one row per community that has a profile, written by
-- the community grain after its state. Residents are the base of every ratio per 10,000; the history table keeps the
-- residents as last recorded in each year, so that ratios by year use that year's base.
CREATE TABLE incubator.community_profiles (
    community_id      uuid        PRIMARY KEY,
    subdistrict_id    uuid        NOT NULL,
    district_id       uuid        NOT NULL,
    residents         integer     NOT NULL CHECK (residents >= 0),
    households        integer     NOT NULL CHECK (households >= 0),
    elderly           integer     NOT NULL CHECK (elderly >= 0),
    children          integer     NOT NULL CHECK (children >= 0),
    disabled          integer     NOT NULL CHECK (disabled >= 0),
    hardship_families integer     NOT NULL CHECK (hardship_families >= 0),
    has_space         boolean     NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX community_profiles_subdistrict ON incubator.community_profiles (subdistrict_id);
CREATE INDEX community_profiles_district ON incubator.community_profiles (district_id);

CREATE TABLE incubator.community_residents_history (
    community_id uuid    NOT NULL,
    year         integer NOT NULL,
    residents    integer NOT NULL CHECK (residents >= 0),
    PRIMARY KEY (community_id, year)
);
