package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Read models rebuilt from the log over HTTP equal the ones built live, row by row; nothing is re-decided. */
class ReplayIT {

    private static final List<String> READ_MODELS = List.of("customer.customer_view", "customer.customer_deletion",
            "customer.booking_reference", "customer.customer_progress", "booking.booking_view",
            "booking.customer_summary");

    private final Scenario given = new Scenario();
    private final JdbcTemplate sql = TestSystem.sql();

    @Test
    void rebuildingEveryReadModelGivesTheSameRows() {
        buildAVariedState();
        long events = TestSystem.eventCount();
        Map<String, List<String>> live = snapshot();
        assertThat(live.get("customer.customer_view")).isNotEmpty();

        replay(given.customers());
        replay(given.bookings());

        assertThat(snapshot()).isEqualTo(live);
        assertThat(TestSystem.eventCount()).as("no saga decided and no command was sent again").isEqualTo(events);
    }

    private void buildAVariedState() {
        given.aCustomer(); // active
        UUID archived = given.aCustomer();
        UUID cancelled = given.aBookingOf(archived);
        assertThat(given.bookings().post("/bookings/" + cancelled + "/cancel", "").status()).isEqualTo(200);
        given.aBookingOf(archived); // confirmed
        assertThat(given.delete(archived).text("outcome")).isEqualTo("ARCHIVED");
        UUID purged = given.aCustomer();
        UUID discarded = given.aBookingOf(purged);
        assertThat(given.bookings().delete("/bookings/" + discarded).status()).isEqualTo(204);
        Eventually.get(() -> given.customers().get("/customers/" + purged + "/deletion-preview"),
                answer -> "PURGE".equals(answer.text("outcome")));
        assertThat(given.delete(purged).text("outcome")).isEqualTo("PURGED");
        assertThat(given.book(purged).status()).isEqualTo(409); // rejected
        UUID restored = given.aCustomer();
        given.aBookingOf(restored);
        assertThat(given.delete(restored).text("outcome")).isEqualTo("ARCHIVED");
        assertThat(given.customers().post("/customers/" + restored + "/restore", "").status()).isEqualTo(200);
        leaveABookingPending(given.aCustomer());
        awaitQuiet();
    }

    /** Holds customer-service's answers back while a booking is requested: it stays PENDING, then is decided. */
    private void leaveABookingPending(UUID customer) {
        StreamingEventProcessor answers = TestSystem.get().customerService().getBean(EventProcessingConfiguration.class)
                .eventProcessor("customer-reference-requests", StreamingEventProcessor.class).orElseThrow();
        answers.shutDown();
        try {
            Api.Answer pending = given.book(customer);
            assertThat(pending.status()).isEqualTo(202);
            assertThat(pending.text("status")).isEqualTo("PENDING");
            awaitQuiet();
            Map<String, List<String>> withPending = snapshot();
            assertThat(withPending.get("booking.booking_view")).anyMatch(row -> row.contains("PENDING"));
            replay(given.bookings());
            assertThat(snapshot()).isEqualTo(withPending);
        } finally {
            answers.start();
        }
    }

    /** Rebuilds a service's read models over HTTP, as an operator would, and waits until it is done. */
    static void replay(Api service) {
        Api.Answer started = service.post("/admin/replay", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo("/admin/replay");
        Api.Answer status = service.get("/admin/replay");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos(); // the whole shared log
        while ("RUNNING".equals(status.text("state")) && System.nanoTime() < deadline) {
            Quiet.pause(java.time.Duration.ofMillis(200));
            status = service.get("/admin/replay");
        }
        assertThat(status.text("state")).as(status.body()).isEqualTo("DONE");
        assertThat(status.json().path("percent").asDouble()).isEqualTo(100.0);
        assertThat(status.json().path("eventsPerSecond").asDouble()).isPositive();
        awaitQuiet();
    }

    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : READ_MODELS) {
            rows.put(table, sql.queryForList("SELECT t::text FROM " + table + " t ORDER BY 1", String.class));
        }
        return rows;
    }

    /** Until neither the log nor any read model changes for a second. */
    private static void awaitQuiet() {
        Quiet.settled(ReplayIT::fingerprint, Duration.ofSeconds(1));
    }

    private static String fingerprint() {
        JdbcTemplate sql = TestSystem.sql();
        StringBuilder state = new StringBuilder().append(TestSystem.eventCount());
        for (String table : READ_MODELS) {
            state.append('/').append(sql.queryForObject("SELECT md5(string_agg(t::text, '' ORDER BY t::text)) FROM "
                    + table + " t", String.class));
        }
        return state.toString();
    }
}
