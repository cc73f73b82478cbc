package com.cms.events.booking;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a booking; it stays history and keeps its customer reference. */
public record CancelBookingCommand(@TargetAggregateIdentifier UUID bookingId) {
}
