package com.cms.booking.reference;

/** Names of booking-service's event processors. */
public final class BookingProcessingGroups {

    /** the booking views and the customer summaries they show */
    public static final String READ_MODELS = "booking-read-models";
    /** turns the customers' answers into confirmations and rejections; never replayed */
    public static final String CUSTOMER_ANSWERS = "booking-customer-answers";

    private BookingProcessingGroups() {
    }
}
