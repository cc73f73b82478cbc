package com.cms.booking.command;

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
import com.cms.events.customer.ReferenceRefusalReason;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookingTest {

    private static final Instant STARTS_AT = Instant.parse("2025-06-01T14:00:00Z");

    private final UUID bookingId = UUID.randomUUID();
    private final UUID customerId = UUID.randomUUID();

    private FixtureConfiguration<Booking> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Booking.class);
    }

    private BookingRequested requested() {
        return new BookingRequested(bookingId, customerId, STARTS_AT, "annual review");
    }

    private BookingConfirmed confirmed() {
        return new BookingConfirmed(bookingId, customerId);
    }

    private BookingRejected rejected() {
        return new BookingRejected(bookingId, customerId, ReferenceRefusalReason.DELETION_PENDING);
    }

    // request and the customer's answer

    @Test
    void requestsABookingThatWaitsForItsCustomer() {
        fixture.givenNoPriorActivity()
                .when(new RequestBookingCommand(bookingId, customerId, STARTS_AT, "annual review"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BookingRequested(bookingId, customerId, STARTS_AT, "annual review"));
    }

    @Test
    void confirmsAPendingBooking() {
        fixture.given(requested())
                .when(new ConfirmBookingCommand(bookingId))
                .expectEvents(new BookingConfirmed(bookingId, customerId));
    }

    @Test
    void rejectsAPendingBookingWithTheCustomersReason() {
        fixture.given(requested())
                .when(new RejectBookingCommand(bookingId, ReferenceRefusalReason.ARCHIVED))
                .expectEvents(new BookingRejected(bookingId, customerId, ReferenceRefusalReason.ARCHIVED));
    }

    @Test
    void ignoresARedeliveredConfirmation() {
        fixture.given(requested(), confirmed())
                .when(new ConfirmBookingCommand(bookingId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresAConfirmationAfterTheBookingWasRejected() {
        fixture.given(requested(), rejected())
                .when(new ConfirmBookingCommand(bookingId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresARedeliveredRejection() {
        fixture.given(requested(), rejected())
                .when(new RejectBookingCommand(bookingId, ReferenceRefusalReason.DELETION_PENDING))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresARejectionAfterTheBookingWasConfirmed() {
        fixture.given(requested(), confirmed())
                .when(new RejectBookingCommand(bookingId, ReferenceRefusalReason.PURGED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // cancel: the booking stays history and keeps its reference

    @Test
    void cancelsAConfirmedBooking() {
        fixture.given(requested(), confirmed())
                .when(new CancelBookingCommand(bookingId))
                .expectEvents(new BookingCancelled(bookingId, customerId));
    }

    @Test
    void cancelsOnlyOnce() {
        fixture.given(requested(), confirmed(), new BookingCancelled(bookingId, customerId))
                .when(new CancelBookingCommand(bookingId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToCancelAPendingBooking() {
        fixture.given(requested())
                .when(new CancelBookingCommand(bookingId))
                .expectException(BookingNotChangeableException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToCancelARejectedBooking() {
        fixture.given(requested(), rejected())
                .when(new CancelBookingCommand(bookingId))
                .expectException(BookingNotChangeableException.class)
                .expectNoEvents();
    }

    // discard: the booking was made in error and gives its reference back

    @Test
    void discardsAConfirmedBookingAndReleasesItsReference() {
        fixture.given(requested(), confirmed())
                .when(new DiscardBookingCommand(bookingId))
                .expectEvents(new BookingDiscarded(bookingId, customerId, true));
    }

    @Test
    void discardsACancelledBookingAndReleasesItsReference() {
        fixture.given(requested(), confirmed(), new BookingCancelled(bookingId, customerId))
                .when(new DiscardBookingCommand(bookingId))
                .expectEvents(new BookingDiscarded(bookingId, customerId, true));
    }

    @Test
    void discardsARejectedBookingThatHeldNoReference() {
        fixture.given(requested(), rejected())
                .when(new DiscardBookingCommand(bookingId))
                .expectEvents(new BookingDiscarded(bookingId, customerId, false));
    }

    @Test
    void refusesToDiscardABookingBeforeItsCustomerAnswered() {
        fixture.given(requested())
                .when(new DiscardBookingCommand(bookingId))
                .expectException(BookingNotChangeableException.class)
                .expectNoEvents();
    }

    @Test
    void discardsOnlyOnce() {
        fixture.given(requested(), confirmed(), new BookingDiscarded(bookingId, customerId, true))
                .when(new DiscardBookingCommand(bookingId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToCancelADiscardedBooking() {
        fixture.given(requested(), confirmed(), new BookingDiscarded(bookingId, customerId, true))
                .when(new CancelBookingCommand(bookingId))
                .expectException(BookingNotChangeableException.class)
                .expectNoEvents();
    }

    @Test
    void ignoresAConfirmationAfterTheBookingWasDiscarded() {
        fixture.given(requested(), rejected(), new BookingDiscarded(bookingId, customerId, false))
                .when(new ConfirmBookingCommand(bookingId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCustomersStreamIsNoBooking() {
        fixture.given(new com.cms.events.customer.CustomerRegistered(bookingId, "Ada", "ada@example.com", null,
                        java.time.Instant.parse("2025-01-01T00:00:00Z")))
                .when(new DiscardBookingCommand(bookingId))
                .expectException(org.axonframework.eventsourcing.IncompatibleAggregateException.class);
    }
}
