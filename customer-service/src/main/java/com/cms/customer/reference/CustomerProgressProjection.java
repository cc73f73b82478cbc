package com.cms.customer.reference;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.AggregateType;
import org.axonframework.messaging.annotation.SourceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records, per customer, the sequence number of the last customer event the read models have processed; it
 * commits with them, so a reader can wait until they have seen a given event of that customer.
 */
@Component
@ProcessingGroup(CustomerProcessingGroups.READ_MODELS)
class CustomerProgressProjection {

    private static final String CUSTOMER_AGGREGATE = "Customer";

    private final JdbcTemplate jdbc;

    CustomerProgressProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, @AggregateType String aggregateType, @SourceId String customerId,
            @SequenceNumber long sequenceNumber) {
        if (!CUSTOMER_AGGREGATE.equals(aggregateType)) {
            return; // bookings' events, and refusals published for unknown customers
        }
        jdbc.update("""
                INSERT INTO customer_progress (customer_id, last_sequence) VALUES (?::uuid, ?)
                ON CONFLICT (customer_id) DO UPDATE SET last_sequence = GREATEST(customer_progress.last_sequence,
                                                                                excluded.last_sequence)""",
                customerId, sequenceNumber);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM customer_progress");
    }
}
