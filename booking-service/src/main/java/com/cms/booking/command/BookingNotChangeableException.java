package com.cms.booking.command;

import java.util.UUID;

/** The booking's status does not allow the command, for example cancelling a rejected booking. */
public class BookingNotChangeableException extends RuntimeException {

    public BookingNotChangeableException(UUID bookingId, BookingStatus status, String action) {
        super("booking " + bookingId + " is " + status + ": cannot " + action);
    }
}
