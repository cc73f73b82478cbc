package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** With cms.deletion.anonymize-on-archive=true an archive erases the personal data as a purge does. */
class AnonymizeOnArchiveIT {

    private final LocalSystem system = TestSystem.anonymizing();
    private final Scenario given = new Scenario(system);
    private final Api customers = given.customers();
    private final JdbcTemplate sql = TestSystem.sql(system);

    @Test
    void anArchivedCustomerIsAnonymizedAndItsBookingShowsOnlyItsId() {
        Markers markers = Markers.fresh();
        Api.Answer created = customers.post("/customers", markers.json());
        UUID customer = UUID.fromString(created.text("id"));
        UUID booking = given.aBookingOf(customer);
        assertThat(DatabaseDump.rowsContaining(sql, markers.email())).isNotEmpty();

        Api.Answer deleted = customers.delete("/customers/" + customer + "?reason=moved%20away");
        assertThat(deleted.text("outcome")).isEqualTo("ARCHIVED");

        Api.Answer archived = customers.get("/customers/" + customer);
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.text("status")).isEqualTo("ARCHIVED");
        assertThat(archived.text("name")).isNull();
        assertThat(archived.text("email")).isNull();
        assertThat(archived.json().path("anonymized").asBoolean()).isTrue();

        Api.Answer shown = Eventually.get(() -> given.bookings().get("/bookings/" + booking),
                answer -> answer.json().path("customer").path("anonymized").asBoolean());
        assertThat(shown.json().path("customer").path("id").asText()).isEqualTo(customer.toString());
        assertThat(shown.json().path("customer").path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(shown.json().path("customer").path("name").isNull()).isTrue();

        for (String marker : markers.all()) {
            assertThat(DatabaseDump.rowsContaining(sql, marker)).as("rows still holding " + marker).isEmpty();
        }

        Api.Answer restore = customers.post("/customers/" + customer + "/restore", "");
        assertThat(restore.status()).isEqualTo(409);
        assertThat(restore.text("detail")).contains("anonymized");
    }

    @Test
    void anUnreferencedCustomerIsStillPurged() {
        Markers markers = Markers.fresh();
        UUID customer = UUID.fromString(customers.post("/customers", markers.json()).text("id"));
        assertThat(given.delete(customer).text("outcome")).isEqualTo("PURGED");
        for (String marker : markers.all()) {
            assertThat(DatabaseDump.rowsContaining(sql, marker)).isEmpty();
        }
    }
}
