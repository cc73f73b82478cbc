package com.cms.events.booking;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Discards a booking created in error; its customer reference is released. */
public record DiscardBookingCommand(@TargetAggregateIdentifier UUID bookingId) {
}
