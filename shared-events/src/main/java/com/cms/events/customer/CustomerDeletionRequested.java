package com.cms.events.customer;

import java.util.UUID;
import java.time.Instant;

import org.axonframework.serialization.Revision;

/** Someone asked to delete the customer; the saga decides between purge and archive. */
@Revision("1")
public record CustomerDeletionRequested(UUID customerId, String reason, Instant requestedAt) {
}
