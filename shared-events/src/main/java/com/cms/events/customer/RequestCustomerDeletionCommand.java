package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts the deletion of a customer; from then on new references are refused. */
public record RequestCustomerDeletionCommand(@TargetAggregateIdentifier UUID customerId, String reason) {
}
