package com.cms.customer.command;

import java.util.UUID;

/** The command needs an ACTIVE customer and this one is not. */
public class CustomerNotActiveException extends RuntimeException {

    public CustomerNotActiveException(UUID customerId, CustomerStatus status, String action) {
        super("customer " + customerId + " is " + status + ": cannot " + action);
    }
}
