-- Stationing agreements (进驻社区, docs/domain.md §3), one row each, written by the community grain after its state.
-- Active while ended_on IS NULL; matching lists a community's stationed organizations first.
CREATE TABLE incubator.stationings (
    stationing_id   uuid PRIMARY KEY,
    organization_id uuid NOT NULL,
    community_id    uuid NOT NULL,
    starts_on       date NOT NULL,
    ends_on         date NOT NULL CHECK (ends_on >= starts_on),
    space_id        uuid NULL,
    ended_on        date NULL,
    end_reason      text NULL
);
CREATE INDEX stationings_community ON incubator.stationings (community_id) WHERE ended_on IS NULL;
CREATE INDEX stationings_organization ON incubator.stationings (organization_id);
