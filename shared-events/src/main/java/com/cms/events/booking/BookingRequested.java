package com.cms.events.booking;

import java.util.UUID;
import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A booking was requested and waits for its customer to grant the reference. */
@Revision("1")
public record BookingRequested(UUID bookingId, UUID customerId, Instant startsAt, String description) {
}
