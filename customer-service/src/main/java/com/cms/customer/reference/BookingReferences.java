package com.cms.customer.reference;

import com.cms.customer.deletion.BookingReferenceLookup;
import com.cms.customer.deletion.DeletionSettings;
import com.cms.customer.deletion.ProjectionBehindException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the booking-reference projection: for the deletion preview and for the saga's decision. */
@Component
public class BookingReferences implements BookingReferenceLookup {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(5);

    private final JdbcTemplate jdbc;
    private final DeletionSettings settings;

    BookingReferences(JdbcTemplate jdbc, DeletionSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The bookings that hold a reference to the customer now, oldest first. */
    public List<UUID> bookingsReferencing(UUID customerId) {
        return jdbc.queryForList(
                "SELECT booking_id FROM booking_reference WHERE customer_id = ? ORDER BY granted_at, booking_id",
                UUID.class, customerId);
    }

    @Override
    public int countAfterDeletionRequest(UUID customerId, long deletionRequestSequence) {
        long deadline = System.nanoTime() + settings.projectionWait().toNanos();
        while (!hasSeen(customerId, deletionRequestSequence)) {
            if (System.nanoTime() > deadline) {
                throw new ProjectionBehindException(customerId, deletionRequestSequence);
            }
            sleep();
        }
        return jdbc.queryForObject("SELECT count(*) FROM booking_reference WHERE customer_id = ?",
                Integer.class, customerId);
    }

    private boolean hasSeen(UUID customerId, long sequence) {
        List<Long> seen = jdbc.queryForList(
                "SELECT sequence_number FROM deletion_request_seen WHERE customer_id = ?", Long.class, customerId);
        return !seen.isEmpty() && seen.get(0) >= sequence;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the booking-reference projection", e);
        }
    }
}
