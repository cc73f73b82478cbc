package com.cms.customer.command;

import java.util.UUID;

/** Only an archived customer whose personal data was kept can be restored. */
public class CustomerNotRestorableException extends RuntimeException {

    public CustomerNotRestorableException(UUID customerId, String state) {
        super("customer " + customerId + " is " + state + ": only an archived customer whose data was kept can be restored");
    }
}
