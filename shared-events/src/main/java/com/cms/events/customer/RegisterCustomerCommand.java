package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a new customer with its personal details. */
public record RegisterCustomerCommand(@TargetAggregateIdentifier UUID customerId, String name, String email, String phone) {
}
