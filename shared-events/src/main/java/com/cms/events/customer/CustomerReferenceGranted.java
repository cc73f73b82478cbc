package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The customer agreed that the booking may reference it. */
@Revision("1")
public record CustomerReferenceGranted(UUID customerId, UUID bookingId) {
}
