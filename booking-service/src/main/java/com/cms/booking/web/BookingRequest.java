package com.cms.booking.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** A request to book a customer. */
public record BookingRequest(@NotNull UUID customerId, Instant startsAt,
                             @Size(max = 1000) @Pattern(regexp = "[^\\p{Cntrl}]*",
                                     message = "must not contain control characters") String description) {

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Within what PostgreSQL stores and a calendar means. */
    @AssertTrue(message = "startsAt must lie between 1900 and 9999")
    public boolean isStartsAtPlausible() {
        return startsAt == null || (!startsAt.isBefore(EARLIEST) && !startsAt.isAfter(LATEST));
    }
}
