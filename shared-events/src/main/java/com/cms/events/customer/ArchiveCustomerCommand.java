package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hides a customer from the index but keeps it for the history that references it. */
public record ArchiveCustomerCommand(@TargetAggregateIdentifier UUID customerId, ArchiveCause cause, boolean anonymize) {
}
