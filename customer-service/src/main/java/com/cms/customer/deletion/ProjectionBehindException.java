package com.cms.customer.deletion;

import java.util.UUID;

/** The projection has not yet seen the deletion request; the saga's event is retried later. */
public class ProjectionBehindException extends RuntimeException {

    public ProjectionBehindException(UUID customerId, long sequence) {
        super("booking-reference projection has not reached deletion request " + sequence + " of customer " + customerId);
    }
}
