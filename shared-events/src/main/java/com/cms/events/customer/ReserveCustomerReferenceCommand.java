package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks the customer to agree that a booking may reference it: the event-sourced foreign key. */
public record ReserveCustomerReferenceCommand(@TargetAggregateIdentifier UUID customerId, UUID bookingId) {
}
