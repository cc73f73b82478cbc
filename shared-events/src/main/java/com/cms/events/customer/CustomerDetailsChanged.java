package com.cms.events.customer;

import java.util.UUID;

import com.cms.events.DataSubject;
import com.cms.events.PersonalData;
import org.axonframework.serialization.Revision;

/** A customer's personal details were replaced. */
@Revision("1")
public record CustomerDetailsChanged(@DataSubject UUID customerId, @PersonalData String name,
                                     @PersonalData String email, @PersonalData String phone) {
}
