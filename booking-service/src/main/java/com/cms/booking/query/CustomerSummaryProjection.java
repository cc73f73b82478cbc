package com.cms.booking.query;

import com.cms.booking.reference.BookingProcessingGroups;
import com.cms.events.customer.CustomerArchived;
import com.cms.events.customer.CustomerDeletionRequested;
import com.cms.events.customer.CustomerDetailsChanged;
import com.cms.events.customer.CustomerPurged;
import com.cms.events.customer.CustomerRegistered;
import com.cms.events.customer.CustomerRestored;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** booking-service's own copy of what a booking shows of its customer, built from customer events. */
@Component
@ProcessingGroup(BookingProcessingGroups.READ_MODELS)
class CustomerSummaryProjection {

    private final JdbcTemplate jdbc;

    CustomerSummaryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CustomerRegistered event) {
        jdbc.update("""
                INSERT INTO customer_summary (customer_id, name, status) VALUES (?, ?, 'ACTIVE')
                ON CONFLICT DO NOTHING""", event.customerId(), event.name());
    }

    @EventHandler
    void on(CustomerDetailsChanged event) {
        jdbc.update("UPDATE customer_summary SET name = ? WHERE customer_id = ?", event.name(), event.customerId());
    }

    @EventHandler
    void on(CustomerDeletionRequested event) {
        setStatus(event.customerId(), "DELETION_PENDING");
    }

    @EventHandler
    void on(CustomerArchived event) {
        setStatus(event.customerId(), "ARCHIVED");
        if (event.anonymized()) {
            jdbc.update("UPDATE customer_summary SET name = NULL, anonymized = true WHERE customer_id = ?",
                    event.customerId());
        }
    }

    @EventHandler
    void on(CustomerRestored event) {
        setStatus(event.customerId(), "ACTIVE");
    }

    @EventHandler
    void on(CustomerPurged event) {
        jdbc.update("UPDATE customer_summary SET name = NULL, anonymized = true, status = 'PURGED' WHERE customer_id = ?",
                event.customerId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM customer_summary");
    }

    private void setStatus(UUID customerId, String status) {
        jdbc.update("UPDATE customer_summary SET status = ? WHERE customer_id = ?", status, customerId);
    }
}
