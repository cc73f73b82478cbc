package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Deleting a customer over HTTP: purged when nothing references it, archived when a booking does. */
class CustomerDeletionIT {

    private final Scenario given = new Scenario();
    private final Api customers = given.customers();
    private final Api bookings = given.bookings();

    @Test
    void anUnreferencedCustomerIsPurged() {
        UUID customer = given.aCustomer();
        assertThat(given.listed(customer, "ACTIVE")).isTrue();

        Api.Answer preview = customers.get("/customers/" + customer + "/deletion-preview");
        assertThat(preview.text("outcome")).isEqualTo("PURGE");
        assertThat(preview.json().path("references")).isEmpty();

        Api.Answer deleted = given.delete(customer);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.text("outcome")).isEqualTo("PURGED");
        assertThat(deleted.json().path("references").asInt()).isZero();

        assertThat(customers.get("/customers/" + customer).status()).isEqualTo(410);
        assertThat(customers.get("/customers/" + customer).isProblem()).isTrue();
        assertThat(given.listed(customer, "ACTIVE")).isFalse();
        assertThat(given.listed(customer, "ARCHIVED")).isFalse();
        assertThat(customers.get("/customers/" + customer + "/deletion").text("outcome")).isEqualTo("PURGED");
        assertThat(given.delete(customer).status()).isEqualTo(410);
    }

    @Test
    void aReferencedCustomerIsArchivedAndStillShownThroughItsBooking() {
        UUID customer = given.aCustomer();
        UUID booking = given.aBookingOf(customer);

        Api.Answer preview = customers.get("/customers/" + customer + "/deletion-preview");
        assertThat(preview.text("outcome")).isEqualTo("ARCHIVE");
        assertThat(preview.json().path("references").get(0).path("type").asText()).isEqualTo("booking");
        assertThat(preview.json().path("references").get(0).path("id").asText()).isEqualTo(booking.toString());

        Api.Answer deleted = given.delete(customer);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.text("outcome")).isEqualTo("ARCHIVED");
        assertThat(deleted.json().path("references").asInt()).isEqualTo(1);

        assertThat(given.listed(customer, "ACTIVE")).isFalse();
        assertThat(given.listed(customer, "ARCHIVED")).isTrue();
        Api.Answer archived = customers.get("/customers/" + customer);
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.text("status")).isEqualTo("ARCHIVED");
        assertThat(archived.text("name")).startsWith("Ada ");

        // booking-service learns of the archive from the event stream, a moment later
        Api.Answer shown = Eventually.get(() -> bookings.get("/bookings/" + booking),
                answer -> answer.json().path("customer").path("status").asText().equals("ARCHIVED"));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().path("customer").path("name").asText()).startsWith("Ada ");
        assertThat(shown.json().path("customer").path("id").asText()).isEqualTo(customer.toString());

        Api.Answer again = given.delete(customer);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("outcome")).isEqualTo("ARCHIVED");
    }

    @Test
    void aCancelledBookingStillHoldsItsCustomer() {
        UUID customer = given.aCustomer();
        UUID booking = given.aBookingOf(customer);
        Api.Answer cancelled = bookings.post("/bookings/" + booking + "/cancel", "");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");

        assertThat(given.delete(customer).text("outcome")).isEqualTo("ARCHIVED");
    }

    @Test
    void discardingTheOnlyBookingThenDeletingPurges() {
        UUID customer = given.aCustomer();
        UUID booking = given.aBookingOf(customer);
        assertThat(bookings.delete("/bookings/" + booking).status()).isEqualTo(204);
        assertThat(bookings.get("/bookings/" + booking).status()).isEqualTo(404);

        Api.Answer preview = Eventually.get(() -> customers.get("/customers/" + customer + "/deletion-preview"),
                answer -> "PURGE".equals(answer.text("outcome")));
        assertThat(preview.json().path("references")).isEmpty();
        assertThat(given.delete(customer).text("outcome")).isEqualTo("PURGED");
    }

    @Test
    void thePreviewMatchesTheOutcomeThatFollows() {
        for (int bookingsHeld = 0; bookingsHeld < 3; bookingsHeld++) {
            UUID customer = given.aCustomer();
            for (int i = 0; i < bookingsHeld; i++) {
                given.aBookingOf(customer);
            }
            String preview = customers.get("/customers/" + customer + "/deletion-preview").text("outcome");
            String outcome = given.delete(customer).text("outcome");
            assertThat(outcome).isEqualTo(preview.equals("PURGE") ? "PURGED" : "ARCHIVED");
            assertThat(preview).isEqualTo(bookingsHeld == 0 ? "PURGE" : "ARCHIVE");
        }
    }
}
