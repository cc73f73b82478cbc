package com.cms.customer.query;

import com.cms.customer.reference.CustomerProcessingGroups;
import com.cms.events.customer.CustomerArchived;
import com.cms.events.customer.CustomerDeletionRequested;
import com.cms.events.customer.CustomerDetailsChanged;
import com.cms.events.customer.CustomerPurged;
import com.cms.events.customer.CustomerRegistered;
import com.cms.events.customer.CustomerRestored;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the customer index, the customer details and each customer's deletion status. */
@Component
@ProcessingGroup(CustomerProcessingGroups.READ_MODELS)
class CustomerViewProjection {

    private final JdbcTemplate jdbc;

    CustomerViewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CustomerRegistered event) {
        jdbc.update("""
                INSERT INTO customer_view (customer_id, name, email, phone, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?) ON CONFLICT DO NOTHING""",
                event.customerId(), event.name(), event.email(), event.phone(),
                Timestamp.from(event.registeredAt()), Timestamp.from(event.registeredAt()));
    }

    @EventHandler
    void on(CustomerDetailsChanged event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE customer_view SET name = ?, email = ?, phone = ?, updated_at = ? WHERE customer_id = ?",
                event.name(), event.email(), event.phone(), Timestamp.from(at), event.customerId());
    }

    @EventHandler
    void on(CustomerDeletionRequested event) {
        setStatus(event.customerId(), "DELETION_PENDING", event.requestedAt());
        jdbc.update("""
                INSERT INTO customer_deletion (customer_id, outcome, reason, requested_at) VALUES (?, 'PENDING', ?, ?)
                ON CONFLICT (customer_id) DO UPDATE SET outcome = 'PENDING', reason = excluded.reason,
                    requested_at = excluded.requested_at, reference_count = NULL, decided_at = NULL""",
                event.customerId(), event.reason(), Timestamp.from(event.requestedAt()));
    }

    @EventHandler
    void on(CustomerPurged event) {
        // the row stays as a tombstone so that GET answers 410, but without any personal data
        erasePersonalData(event.customerId());
        setStatus(event.customerId(), "PURGED", event.purgedAt());
        decide(event.customerId(), "PURGED", 0, event.purgedAt());
    }

    @EventHandler
    void on(CustomerArchived event) {
        if (event.anonymized()) {
            erasePersonalData(event.customerId());
        }
        setStatus(event.customerId(), "ARCHIVED", event.archivedAt());
        decide(event.customerId(), "ARCHIVED", event.references(), event.archivedAt());
    }

    @EventHandler
    void on(CustomerRestored event) {
        setStatus(event.customerId(), "ACTIVE", event.restoredAt());
        jdbc.update("DELETE FROM customer_deletion WHERE customer_id = ?", event.customerId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM customer_deletion");
        jdbc.update("DELETE FROM customer_view");
    }

    /** Personal data lives in the view, the deletion's reason and the idempotency record's fingerprint. */
    private void erasePersonalData(UUID customerId) {
        jdbc.update("UPDATE customer_view SET name = NULL, email = NULL, phone = NULL, anonymized = true WHERE customer_id = ?",
                customerId);
        jdbc.update("UPDATE customer_deletion SET reason = NULL WHERE customer_id = ?", customerId);
        jdbc.update("DELETE FROM idempotency_key WHERE customer_id = ?", customerId);
    }

    private void setStatus(UUID customerId, String status, Instant at) {
        jdbc.update("UPDATE customer_view SET status = ?, updated_at = ? WHERE customer_id = ?",
                status, Timestamp.from(at), customerId);
    }

    private void decide(UUID customerId, String outcome, int references, Instant at) {
        jdbc.update("UPDATE customer_deletion SET outcome = ?, reference_count = ?, decided_at = ? WHERE customer_id = ?",
                outcome, references, Timestamp.from(at), customerId);
    }
}
