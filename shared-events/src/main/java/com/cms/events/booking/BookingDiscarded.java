package com.cms.events.booking;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The booking was discarded; when it held a reference, that reference is to be released. */
@Revision("1")
public record BookingDiscarded(UUID bookingId, UUID customerId, boolean referenceHeld) {
}
