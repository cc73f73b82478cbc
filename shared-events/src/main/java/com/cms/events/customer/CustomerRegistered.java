package com.cms.events.customer;

import java.util.UUID;
import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A customer came into being. */
@Revision("1")
public record CustomerRegistered(UUID customerId, String name, String email, String phone, Instant registeredAt) {
}
