package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes an archived customer whose personal data was kept ACTIVE again. */
public record RestoreCustomerCommand(@TargetAggregateIdentifier UUID customerId) {
}
