package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives back a reference that a discarded booking held. */
public record ReleaseCustomerReferenceCommand(@TargetAggregateIdentifier UUID customerId, UUID bookingId) {
}
