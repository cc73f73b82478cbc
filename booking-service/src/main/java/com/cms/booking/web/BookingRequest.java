package com.cms.booking.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** A request to book a customer. */
public record BookingRequest(@NotNull UUID customerId, Instant startsAt, @Size(max = 1000) String description) {
}
