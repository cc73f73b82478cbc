package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the personal details of an active customer. */
public record ChangeCustomerDetailsCommand(@TargetAggregateIdentifier UUID customerId, String name, String email, String phone) {
}
