package com.cms.events.booking;

import java.util.UUID;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Books a customer; the customer still has to grant the reference. */
public record RequestBookingCommand(@TargetAggregateIdentifier UUID bookingId, UUID customerId, Instant startsAt, String description) {
}
