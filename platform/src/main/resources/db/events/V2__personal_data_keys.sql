-- The key vault of crypto-shredding, beside the event store: one AES key per data subject (customer).
-- A purge sets the key to NULL; every personal field encrypted with it is unreadable from then on.
CREATE TABLE personal_data_key (
    subject_id  UUID        NOT NULL PRIMARY KEY,
    secret      BYTEA,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    shredded_at TIMESTAMPTZ
);

-- one row per finished one-time data migration of the event store
CREATE TABLE data_migration (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    finished_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    rows_changed BIGINT      NOT NULL
);
