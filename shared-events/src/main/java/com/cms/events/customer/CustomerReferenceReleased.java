package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A booking gave its reference back: it no longer holds the customer. */
@Revision("1")
public record CustomerReferenceReleased(UUID customerId, UUID bookingId) {
}
