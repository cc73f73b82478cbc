package com.cms.events.customer;

import java.util.UUID;
import java.time.Instant;

import com.cms.events.DataSubject;
import com.cms.events.PersonalData;
import org.axonframework.serialization.Revision;

/** A customer came into being. */
@Revision("1")
public record CustomerRegistered(@DataSubject UUID customerId, @PersonalData String name, @PersonalData String email,
                                 @PersonalData String phone, Instant registeredAt) {
}
