package com.cms.events.customer;

import java.util.UUID;
import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The customer is hidden from the index and kept for the bookings that reference it; when {@code anonymized},
 * its personal data was erased too. Revision 2 added {@code anonymized}.
 */
@Revision("2")
public record CustomerArchived(UUID customerId, int references, ArchiveCause cause, Instant archivedAt,
                               boolean anonymized) {
}
