package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a customer that nothing references; refused while any granted reference is unreleased. */
public record PurgeCustomerCommand(@TargetAggregateIdentifier UUID customerId) {
}
