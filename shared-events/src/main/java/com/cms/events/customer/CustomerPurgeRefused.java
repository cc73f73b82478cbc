package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The customer refused a purge because bookings still hold references to it. */
@Revision("1")
public record CustomerPurgeRefused(UUID customerId, int references) {
}
