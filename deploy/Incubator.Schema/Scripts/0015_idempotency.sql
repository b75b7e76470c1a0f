-- Create requests sent with an Idempotency-Key: the first answer is kept so that a retried request gets it again and
-- creates nothing new. Keys belong to the account that sent them; a key is remembered for a day.
CREATE TABLE incubator.idempotent_requests (
    user_id         text        NOT NULL,
    idempotency_key text        NOT NULL,
    -- SHA-256 of method, path and the bound arguments: the same key with another request is refused.
    fingerprint     bytea       NOT NULL,
    started_at      timestamptz NOT NULL,
    -- Null while the first request is still running.
    status_code     integer     NULL,
    location        text        NULL,
    response_body   bytea       NULL,
    PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX idempotent_requests_started ON incubator.idempotent_requests (started_at);
