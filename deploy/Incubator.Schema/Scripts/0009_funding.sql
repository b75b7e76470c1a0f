-- Contracts awarded from purchase-of-service budgets, one row each, written by the budget grain after its own state:
-- lets an organization's funding, the support ledger and duplicate-support detection be read without visiting every
-- budget. Amounts are exact (numeric, yuan).
CREATE TABLE incubator.funding_contracts (
    contract_id       uuid          PRIMARY KEY,
    budget_key        text          NOT NULL,
    area_id           uuid          NOT NULL,
    area_level        smallint      NOT NULL,
    budget_year       integer       NOT NULL,
    organization_id   uuid          NOT NULL,
    organization_name text          NOT NULL,
    category          smallint      NOT NULL,
    kind              smallint      NOT NULL,
    amount            numeric(14,2) NOT NULL CHECK (amount > 0),
    paid              numeric(14,2) NOT NULL DEFAULT 0 CHECK (paid >= 0 AND paid <= amount),
    starts_on         date          NOT NULL,
    ends_on           date          NOT NULL CHECK (ends_on >= starts_on)
);
CREATE INDEX funding_contracts_organization ON incubator.funding_contracts (organization_id, category);
