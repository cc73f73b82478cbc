package com.cms.events.booking;

import com.cms.events.customer.ReferenceRefusalReason;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rejects a booking whose customer refused the reference. */
public record RejectBookingCommand(@TargetAggregateIdentifier UUID bookingId, ReferenceRefusalReason reason) {
}
