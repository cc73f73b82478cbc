package com.cms.events.customer;

import java.util.UUID;
import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The customer is gone: nothing referenced it when it was deleted. */
@Revision("1")
public record CustomerPurged(UUID customerId, Instant purgedAt) {
}
