package com.cms.events.customer;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A customer's personal details were replaced. */
@Revision("1")
public record CustomerDetailsChanged(UUID customerId, String name, String email, String phone) {
}
