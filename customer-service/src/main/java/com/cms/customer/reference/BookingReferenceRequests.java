package com.cms.customer.reference;

import com.cms.events.booking.BookingDiscarded;
import com.cms.events.booking.BookingRequested;
import com.cms.events.customer.CustomerReferenceRefused;
import com.cms.events.customer.ReferenceRefusalReason;
import com.cms.events.customer.ReleaseCustomerReferenceCommand;
import com.cms.events.customer.ReserveCustomerReferenceCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/** The customer side of the reference protocol: each requested booking asks its customer for a reference. */
@Component
@ProcessingGroup(CustomerProcessingGroups.REFERENCE_REQUESTS)
@DisallowReplay
class BookingReferenceRequests {

    private final CommandGateway commands;
    private final EventGateway events;

    BookingReferenceRequests(CommandGateway commands, EventGateway events) {
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    void on(BookingRequested event) {
        try {
            commands.sendAndWait(new ReserveCustomerReferenceCommand(event.customerId(), event.bookingId()));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknownCustomer) {
            // no customer with that id (the id may even be another aggregate's, a booking's)
            // no aggregate to refuse it: the refusal is published on the unknown customer's behalf
            events.publish(new CustomerReferenceRefused(event.customerId(), event.bookingId(),
                    ReferenceRefusalReason.UNKNOWN_CUSTOMER));
        }
    }

    @EventHandler
    void on(BookingDiscarded event) {
        if (event.referenceHeld()) {
            commands.sendAndWait(new ReleaseCustomerReferenceCommand(event.customerId(), event.bookingId()));
        }
    }
}
