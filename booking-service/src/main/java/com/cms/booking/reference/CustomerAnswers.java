package com.cms.booking.reference;

import com.cms.events.booking.ConfirmBookingCommand;
import com.cms.events.booking.RejectBookingCommand;
import com.cms.events.customer.CustomerReferenceGranted;
import com.cms.events.customer.CustomerReferenceRefused;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** The booking side of the reference protocol: a granted reference confirms, a refused one rejects. */
@Component
@ProcessingGroup(BookingProcessingGroups.CUSTOMER_ANSWERS)
@DisallowReplay
class CustomerAnswers {

    private final CommandGateway commands;

    CustomerAnswers(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(CustomerReferenceGranted event) {
        commands.sendAndWait(new ConfirmBookingCommand(event.bookingId()));
    }

    @EventHandler
    void on(CustomerReferenceRefused event) {
        commands.sendAndWait(new RejectBookingCommand(event.bookingId(), event.reason()));
    }
}
