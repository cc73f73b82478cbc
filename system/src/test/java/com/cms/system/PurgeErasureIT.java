package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Purge means gone: after a purge no table of any schema holds the customer's personal data. */
class PurgeErasureIT {

    private final Scenario given = new Scenario();
    private final Api customers = given.customers();
    private final JdbcTemplate sql = TestSystem.sql();

    @Test
    void aPurgedCustomersPersonalDataIsNowhereInTheDatabaseNotEvenAfterARebuild() {
        Markers registered = Markers.fresh();
        Markers changed = Markers.fresh();
        String reason = "Reason" + Markers.fresh().phone().substring(1);
        UUID customer = register(registered);
        assertThat(customers.put("/customers/" + customer, changed.json()).status()).isEqualTo(200);
        UUID booking = given.aBookingOf(customer);
        assertThat(given.bookings().delete("/bookings/" + booking).status()).isEqualTo(204);
        Markers bystander = Markers.fresh();
        UUID kept = register(bystander);

        // the log never held them readable; the read models do, which shows the dump sees them
        assertThat(DatabaseDump.rowsContaining(sql, registered.email()))
                .as("before the purge").noneMatch(row -> row.startsWith("events."));
        assertThat(DatabaseDump.rowsContaining(sql, changed.email()))
                .isNotEmpty().noneMatch(row -> row.startsWith("events."));

        Eventually.get(() -> customers.get("/customers/" + customer + "/deletion-preview"),
                answer -> "PURGE".equals(answer.text("outcome")));
        Api.Answer deleted = customers.delete("/customers/" + customer + "?reason=" + reason);
        assertThat(deleted.text("outcome")).isEqualTo("PURGED");
        assertThat(customers.get("/customers/" + customer).status()).isEqualTo(410);

        assertNowhere(registered, changed, reason);
        assertThat(DatabaseDump.rowsContaining(sql, bystander.email())).isNotEmpty();

        ReplayIT.replay(customers);
        ReplayIT.replay(given.bookings());

        assertNowhere(registered, changed, reason);
        assertThat(customers.get("/customers/" + customer).status()).isEqualTo(410);
        Api.Answer bystanderAfter = customers.get("/customers/" + kept);
        assertThat(bystanderAfter.text("name")).isEqualTo(bystander.name());
        assertThat(bystanderAfter.text("phone")).isEqualTo(bystander.phone());
    }

    private UUID register(Markers markers) {
        Api.Answer created = customers.post("/customers", markers.json());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.text("id"));
    }

    /** booking-service learns of the purge from the log, so its copy is checked until it has. */
    private void assertNowhere(Markers registered, Markers changed, String reason) {
        for (String marker : concat(registered, changed, reason)) {
            var rows = Eventually.get(() -> DatabaseDump.rowsContaining(sql, marker), java.util.List::isEmpty);
            assertThat(rows).as("rows still holding " + marker).isEmpty();
        }
    }

    private static java.util.List<String> concat(Markers a, Markers b, String c) {
        var all = new java.util.ArrayList<>(a.all());
        all.addAll(b.all());
        all.add(c);
        return all;
    }
}
