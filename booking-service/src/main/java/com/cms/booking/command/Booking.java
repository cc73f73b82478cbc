package com.cms.booking.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.cms.events.booking.BookingCancelled;
import com.cms.events.booking.BookingConfirmed;
import com.cms.events.booking.BookingDiscarded;
import com.cms.events.booking.BookingRejected;
import com.cms.events.booking.BookingRequested;
import com.cms.events.booking.CancelBookingCommand;
import com.cms.events.booking.ConfirmBookingCommand;
import com.cms.events.booking.DiscardBookingCommand;
import com.cms.events.booking.RejectBookingCommand;
import com.cms.events.booking.RequestBookingCommand;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A booking holds its customer only once the customer granted the reference; discarding gives it back. */
@Aggregate
class Booking {

    @AggregateIdentifier
    private UUID bookingId;
    private UUID customerId;
    private BookingStatus status;

    Booking() {
        // for Axon
    }

    @CommandHandler
    Booking(RequestBookingCommand command) {
        apply(new BookingRequested(command.bookingId(), command.customerId(), command.startsAt(),
                command.description()));
    }

    @CommandHandler
    void handle(ConfirmBookingCommand command) {
        if (status == BookingStatus.PENDING) {
            apply(new BookingConfirmed(bookingId, customerId));
        }
        // otherwise a redelivered answer: the booking was decided already
    }

    @CommandHandler
    void handle(RejectBookingCommand command) {
        if (status == BookingStatus.PENDING) {
            apply(new BookingRejected(bookingId, customerId, command.reason()));
        }
    }

    @CommandHandler
    void handle(CancelBookingCommand command) {
        if (status == BookingStatus.CANCELLED) {
            return;
        }
        if (status != BookingStatus.CONFIRMED) {
            throw new BookingNotChangeableException(bookingId, status, "cancel it");
        }
        apply(new BookingCancelled(bookingId, customerId));
    }

    @CommandHandler
    void handle(DiscardBookingCommand command) {
        switch (status) {
            case DISCARDED -> { } // discarding twice changes nothing
            case PENDING -> throw new BookingNotChangeableException(bookingId, status,
                    "discard it before its customer answered");
            case REJECTED -> apply(new BookingDiscarded(bookingId, customerId, false));
            case CONFIRMED, CANCELLED -> apply(new BookingDiscarded(bookingId, customerId, true));
        }
    }

    @EventSourcingHandler
    void on(BookingRequested event) {
        bookingId = event.bookingId();
        customerId = event.customerId();
        status = BookingStatus.PENDING;
    }

    @EventSourcingHandler
    void on(BookingConfirmed event) {
        status = BookingStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(BookingRejected event) {
        status = BookingStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(BookingCancelled event) {
        status = BookingStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(BookingDiscarded event) {
        status = BookingStatus.DISCARDED;
    }

}
