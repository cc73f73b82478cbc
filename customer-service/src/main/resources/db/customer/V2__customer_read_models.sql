-- customer-service's read models. Personal data lives only in customer_view.
CREATE TABLE customer_view (
    customer_id UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(200),
    email       VARCHAR(320),
    phone       VARCHAR(40),
    status      VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX customer_view_index ON customer_view (status, created_at, customer_id);

CREATE TABLE customer_deletion (
    customer_id     UUID        NOT NULL PRIMARY KEY,
    outcome         VARCHAR(20) NOT NULL,
    reason          VARCHAR(500),
    reference_count INTEGER,
    requested_at    TIMESTAMPTZ NOT NULL,
    decided_at      TIMESTAMPTZ
);

-- the booking-reference projection the deletion saga decides from
CREATE TABLE booking_reference (
    customer_id UUID        NOT NULL,
    booking_id  UUID        NOT NULL,
    granted_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (customer_id, booking_id)
);

-- how far the read models have read each customer's own events (aggregate sequence number)
CREATE TABLE customer_progress (
    customer_id   UUID   NOT NULL PRIMARY KEY,
    last_sequence BIGINT NOT NULL
);

CREATE TABLE idempotency_key (
    idempotency_key     VARCHAR(200) NOT NULL PRIMARY KEY,
    customer_id         UUID         NOT NULL,
    request_fingerprint VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL
);

-- db-scheduler's table: the deletion deadlines survive restarts
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
