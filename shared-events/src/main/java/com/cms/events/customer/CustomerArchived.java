package com.cms.events.customer;

import java.util.UUID;
import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The customer is hidden from the index and kept for the bookings that reference it. */
@Revision("1")
public record CustomerArchived(UUID customerId, int references, ArchiveCause cause, Instant archivedAt) {
}
