package com.cms.events.booking;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The customer granted the reference: the booking holds. */
@Revision("1")
public record BookingConfirmed(UUID bookingId, UUID customerId) {
}
