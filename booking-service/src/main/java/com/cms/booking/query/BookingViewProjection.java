package com.cms.booking.query;

import com.cms.booking.reference.BookingProcessingGroups;
import com.cms.events.booking.BookingCancelled;
import com.cms.events.booking.BookingConfirmed;
import com.cms.events.booking.BookingDiscarded;
import com.cms.events.booking.BookingRejected;
import com.cms.events.booking.BookingRequested;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps one row per booking that is not discarded. */
@Component
@ProcessingGroup(BookingProcessingGroups.READ_MODELS)
class BookingViewProjection {

    private final JdbcTemplate jdbc;

    BookingViewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BookingRequested event, @org.axonframework.eventhandling.Timestamp Instant requestedAt) {
        jdbc.update("""
                INSERT INTO booking_view (booking_id, customer_id, status, starts_at, description, requested_at)
                VALUES (?, ?, 'PENDING', ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.bookingId(), event.customerId(),
                event.startsAt() == null ? null : Timestamp.from(event.startsAt()),
                event.description(), Timestamp.from(requestedAt));
    }

    @EventHandler
    void on(BookingConfirmed event) {
        setStatus(event.bookingId(), "CONFIRMED");
    }

    @EventHandler
    void on(BookingRejected event) {
        jdbc.update("UPDATE booking_view SET status = 'REJECTED', rejection_reason = ? WHERE booking_id = ?",
                event.reason().name(), event.bookingId());
    }

    @EventHandler
    void on(BookingCancelled event) {
        setStatus(event.bookingId(), "CANCELLED");
    }

    @EventHandler
    void on(BookingDiscarded event) {
        jdbc.update("DELETE FROM booking_view WHERE booking_id = ?", event.bookingId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM booking_view");
    }

    private void setStatus(UUID bookingId, String status) {
        jdbc.update("UPDATE booking_view SET status = ? WHERE booking_id = ?", status, bookingId);
    }
}
