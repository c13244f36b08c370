-- Rate limits shared by every node (tandem.rate-limit.store=database, PostgreSQL). Owned by identity
-- (V1, V4-V9). The buckets are Bucket4j's own layout (its PostgreSQL proxy manager): one row per
-- limit and key, its state serialised by Bucket4j, removed once it would be full again. BYTEA is
-- PostgreSQL's binary type and an alias of VARBINARY on H2, where the tables stay empty.
CREATE TABLE rate_limit_bucket (
    id VARCHAR(400) NOT NULL,
    state BYTEA,
    expires_at BIGINT,
    CONSTRAINT rate_limit_bucket_pk PRIMARY KEY (id)
);

CREATE INDEX rate_limit_bucket_expires ON rate_limit_bucket (expires_at);

-- The limits an instance admin set (PUT /api/v1/admin/rate-limits), in force on every node until
-- they are changed again; without a row the tandem.rate-limit.* settings are in force.
CREATE TABLE rate_limit_settings (
    id INT NOT NULL,
    version BIGINT NOT NULL,
    enabled BOOLEAN NOT NULL,
    api_per_token INT NOT NULL,
    api_per_address INT NOT NULL,
    sign_in_per_address INT NOT NULL,
    sign_in_per_account INT NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rate_limit_settings_pk PRIMARY KEY (id),
    CONSTRAINT rate_limit_settings_one CHECK (id = 1)
);
