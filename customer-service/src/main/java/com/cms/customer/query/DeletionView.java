package com.cms.customer.query;

import java.time.Instant;
import java.util.UUID;

/** The state of a customer's deletion: PENDING until the saga's outcome, then PURGED or ARCHIVED. */
public record DeletionView(UUID customerId, String outcome, String reason, Integer references,
                           Instant requestedAt, Instant decidedAt) {

    public boolean decided() {
        return !"PENDING".equals(outcome);
    }
}
