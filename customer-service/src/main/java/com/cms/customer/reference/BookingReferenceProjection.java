package com.cms.customer.reference;

import com.cms.events.customer.CustomerPurged;
import com.cms.events.customer.CustomerReferenceGranted;
import com.cms.events.customer.CustomerReferenceReleased;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which bookings hold a reference to which customer: what the deletion preview shows and the saga decides from. */
@Component
@ProcessingGroup(CustomerProcessingGroups.READ_MODELS)
class BookingReferenceProjection {

    private final JdbcTemplate jdbc;

    BookingReferenceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CustomerReferenceGranted event, @org.axonframework.eventhandling.Timestamp Instant grantedAt) {
        jdbc.update("""
                INSERT INTO booking_reference (customer_id, booking_id, granted_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", event.customerId(), event.bookingId(), Timestamp.from(grantedAt));
    }

    @EventHandler
    void on(CustomerReferenceReleased event) {
        jdbc.update("DELETE FROM booking_reference WHERE customer_id = ? AND booking_id = ?",
                event.customerId(), event.bookingId());
    }

    @EventHandler
    void on(CustomerPurged event) {
        jdbc.update("DELETE FROM booking_reference WHERE customer_id = ?", event.customerId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM booking_reference");
    }
}
