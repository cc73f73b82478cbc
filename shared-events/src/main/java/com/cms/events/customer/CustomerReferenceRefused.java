package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The customer refused to be referenced by the booking, and says why. */
@Revision("1")
public record CustomerReferenceRefused(UUID customerId, UUID bookingId, ReferenceRefusalReason reason) {
}
