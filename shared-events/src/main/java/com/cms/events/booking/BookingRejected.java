package com.cms.events.booking;

import com.cms.events.customer.ReferenceRefusalReason;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The customer refused the reference: the booking never held. */
@Revision("1")
public record BookingRejected(UUID bookingId, UUID customerId, ReferenceRefusalReason reason) {
}
