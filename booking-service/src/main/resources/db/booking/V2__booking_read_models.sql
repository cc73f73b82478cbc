-- booking-service's read models: bookings, and what a booking shows of its customer.
CREATE TABLE booking_view (
    booking_id       UUID         NOT NULL PRIMARY KEY,
    customer_id      UUID         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    starts_at        TIMESTAMPTZ,
    description      VARCHAR(1000),
    rejection_reason VARCHAR(40),
    requested_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX booking_view_customer ON booking_view (customer_id, requested_at, booking_id);

-- built from customer events; the name is the only personal data booking-service keeps
CREATE TABLE customer_summary (
    customer_id UUID        NOT NULL PRIMARY KEY,
    name        VARCHAR(200),
    status      VARCHAR(20) NOT NULL
);
