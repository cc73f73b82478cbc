package com.cms.customer.query;

import java.time.Instant;
import java.util.UUID;

/** A customer as users see it; {@code references} counts the bookings that hold it; {@code anonymized} when its personal data was erased. */
public record CustomerView(UUID id, String name, String email, String phone, String status, int references,
                           Instant createdAt, boolean anonymized) {

    public boolean purged() {
        return "PURGED".equals(status);
    }
}
