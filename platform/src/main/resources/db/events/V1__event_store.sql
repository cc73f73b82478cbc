-- The shared event store: Axon's JDBC tables, payloads as bytea (never oid), global order from a sequence.
CREATE TABLE domainevententry (
    globalindex         BIGSERIAL    NOT NULL,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    CONSTRAINT domainevententry_pk PRIMARY KEY (globalindex),
    CONSTRAINT domainevententry_aggregate_sequence UNIQUE (aggregateidentifier, sequencenumber),
    CONSTRAINT domainevententry_event_identifier UNIQUE (eventidentifier)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    CONSTRAINT snapshotevententry_pk PRIMARY KEY (aggregateidentifier, sequencenumber),
    CONSTRAINT snapshotevententry_event_identifier UNIQUE (eventidentifier)
);
