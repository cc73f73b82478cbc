package com.cms.events.customer;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** An archived customer is ACTIVE again and may be referenced again. */
@Revision("1")
public record CustomerRestored(UUID customerId, Instant restoredAt) {
}
