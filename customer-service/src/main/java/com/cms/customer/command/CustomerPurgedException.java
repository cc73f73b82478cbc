package com.cms.customer.command;

import java.util.UUID;

/** The customer was purged: it can no longer be changed, referenced or deleted. */
public class CustomerPurgedException extends RuntimeException {

    public CustomerPurgedException(UUID customerId) {
        super("customer " + customerId + " was deleted");
    }
}
