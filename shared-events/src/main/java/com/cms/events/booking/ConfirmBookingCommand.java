package com.cms.events.booking;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Confirms a booking whose customer granted the reference. */
public record ConfirmBookingCommand(@TargetAggregateIdentifier UUID bookingId) {
}
