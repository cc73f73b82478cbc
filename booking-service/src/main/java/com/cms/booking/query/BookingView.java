package com.cms.booking.query;

import java.time.Instant;
import java.util.UUID;

/** A booking with the customer it references; an archived customer still shows, marked ARCHIVED. */
public record BookingView(UUID id, String status, CustomerRef customer, Instant startsAt, String description,
                          String rejectionReason) {

    /**
     * The customer as the booking shows it: status UNKNOWN when the customer never existed; an anonymized
     * (archived, personal data erased) customer shows only its id.
     */
    public record CustomerRef(UUID id, String name, String status, boolean anonymized) {
    }

    public boolean decided() {
        return !"PENDING".equals(status);
    }
}
