package com.cms.customer.reference;

import com.cms.customer.deletion.BookingReferenceLookup;
import com.cms.customer.deletion.DeletionSettings;
import com.cms.customer.deletion.ProjectionBehindException;
import com.cms.platform.web.Awaiting;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the booking-reference projection once it has caught up with the customer's own events, so that the
 * deletion preview and the saga see every reference the customer granted before they asked.
 */
@Component
public class BookingReferences implements BookingReferenceLookup {

    private final JdbcTemplate jdbc;
    private final DeletionSettings settings;

    BookingReferences(JdbcTemplate jdbc, DeletionSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The bookings that hold a reference to the customer, as of the customer's latest event; oldest first. */
    public List<UUID> bookingsReferencing(UUID customerId) {
        awaitProgress(customerId, latestSequenceInEventStore(customerId));
        return jdbc.queryForList(
                "SELECT booking_id FROM booking_reference WHERE customer_id = ? ORDER BY granted_at, booking_id",
                UUID.class, customerId);
    }

    @Override
    public int countAfterDeletionRequest(UUID customerId, long deletionRequestSequence) {
        awaitProgress(customerId, deletionRequestSequence);
        return jdbc.queryForObject("SELECT count(*) FROM booking_reference WHERE customer_id = ?",
                Integer.class, customerId);
    }

    private void awaitProgress(UUID customerId, long sequence) {
        Awaiting.await(() -> processedUpTo(customerId) >= sequence ? Optional.of(sequence) : Optional.empty(),
                        settings.projectionWait())
                .orElseThrow(() -> new ProjectionBehindException(customerId, sequence));
    }

    private long processedUpTo(UUID customerId) {
        List<Long> seen = jdbc.queryForList(
                "SELECT last_sequence FROM customer_progress WHERE customer_id = ?", Long.class, customerId);
        return seen.isEmpty() ? -1 : seen.get(0);
    }

    /** The customer's stream in the shared event store, the backbone every service may read. */
    private long latestSequenceInEventStore(UUID customerId) {
        Long latest = jdbc.queryForObject(
                "SELECT max(sequencenumber) FROM events.domainevententry WHERE aggregateidentifier = ?",
                Long.class, customerId.toString());
        return latest == null ? -1 : latest;
    }
}
