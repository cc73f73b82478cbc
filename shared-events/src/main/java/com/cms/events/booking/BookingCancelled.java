package com.cms.events.booking;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The booking was cancelled; it keeps its customer reference as history. */
@Revision("1")
public record BookingCancelled(UUID bookingId, UUID customerId) {
}
