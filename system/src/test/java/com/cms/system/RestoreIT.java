package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An archived customer whose data was kept can come back; nothing else can. */
class RestoreIT {

    private final Scenario given = new Scenario();
    private final Api customers = given.customers();
    private final Api bookings = given.bookings();

    @Test
    void anArchivedCustomerIsRestoredBookedAgainAndDeletedAgain() {
        UUID customer = given.aCustomer();
        UUID first = given.aBookingOf(customer);
        assertThat(given.delete(customer).text("outcome")).isEqualTo("ARCHIVED");

        Api.Answer restored = customers.post("/customers/" + customer + "/restore", "");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.text("status")).isEqualTo("ACTIVE");
        assertThat(restored.text("name")).startsWith("Ada ");
        assertThat(given.listed(customer, "ACTIVE")).isTrue();
        assertThat(customers.get("/customers/" + customer + "/deletion").status()).isEqualTo(404);
        Eventually.get(() -> bookings.get("/bookings/" + first),
                answer -> "ACTIVE".equals(answer.json().path("customer").path("status").asText()));
        assertThat(bookings.get("/bookings/" + first).json().path("customer").path("status").asText()).isEqualTo("ACTIVE");

        UUID second = given.aBookingOf(customer);
        assertThat(customers.get("/customers/" + customer + "/deletion-preview").json().path("references")).hasSize(2);
        Api.Answer again = given.delete(customer);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.text("outcome")).isEqualTo("ARCHIVED");
        assertThat(again.json().path("references").asInt()).isEqualTo(2);

        // once both bookings are discarded, a restore and a third delete purge
        assertThat(customers.post("/customers/" + customer + "/restore", "").status()).isEqualTo(200);
        assertThat(bookings.delete("/bookings/" + first).status()).isEqualTo(204);
        assertThat(bookings.delete("/bookings/" + second).status()).isEqualTo(204);
        Eventually.get(() -> customers.get("/customers/" + customer + "/deletion-preview"),
                answer -> "PURGE".equals(answer.text("outcome")));
        assertThat(given.delete(customer).text("outcome")).isEqualTo("PURGED");
    }

    @Test
    void restoreIsRefusedForAnActiveOrPurgedCustomer() {
        UUID active = given.aCustomer();
        Api.Answer refused = customers.post("/customers/" + active + "/restore", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();

        UUID purged = given.aCustomer();
        assertThat(given.delete(purged).text("outcome")).isEqualTo("PURGED");
        Api.Answer refusedPurged = customers.post("/customers/" + purged + "/restore", "");
        assertThat(refusedPurged.status()).isEqualTo(409);
        assertThat(refusedPurged.isProblem()).isTrue();

        assertThat(customers.post("/customers/" + UUID.randomUUID() + "/restore", "").status()).isEqualTo(404);
    }
}
