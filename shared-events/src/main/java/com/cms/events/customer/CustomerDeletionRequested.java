package com.cms.events.customer;

import java.util.UUID;
import java.time.Instant;

import com.cms.events.DataSubject;
import com.cms.events.PersonalData;
import org.axonframework.serialization.Revision;

/** Someone asked to delete the customer; the saga decides between purge and archive. */
@Revision("1")
public record CustomerDeletionRequested(@DataSubject UUID customerId, @PersonalData String reason, Instant requestedAt) {
}
