package com.cms.booking.command;

/** The lifecycle of a booking as its aggregate sees it. */
public enum BookingStatus {
    PENDING, CONFIRMED, REJECTED, CANCELLED, DISCARDED
}
