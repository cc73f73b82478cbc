package com.cms.customer.reference;

/** Names of customer-service's event processors. */
public final class CustomerProcessingGroups {

    /** every customer read model, so that they advance together, in the order of each customer's events */
    public static final String READ_MODELS = "customer-read-models";
    /** reacts to bookings by asking customers for references; never replayed */
    public static final String REFERENCE_REQUESTS = "customer-reference-requests";

    private CustomerProcessingGroups() {
    }
}
