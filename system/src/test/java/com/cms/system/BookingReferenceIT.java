package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

/** A booking references only a customer that agreed: every refusal reaches the user as a 409 with its reason. */
class BookingReferenceIT {

    private final Scenario given = new Scenario();
    private final Api customers = given.customers();

    @Test
    void aBookingOfAnActiveCustomerIsConfirmedAndShowsTheCustomer() {
        UUID customer = given.aCustomer();
        Api.Answer booked = given.book(customer);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.header("Location")).isEqualTo("/bookings/" + booked.text("id"));
        assertThat(booked.text("status")).isEqualTo("CONFIRMED");
        assertThat(booked.json().path("customer").path("status").asText()).isEqualTo("ACTIVE");
        assertThat(booked.json().path("customer").path("name").asText()).startsWith("Ada ");
        assertThat(booked.text("startsAt")).isEqualTo("2027-01-15T10:00:00Z");
        assertThat(customers.get("/customers/" + customer).json().path("references").asInt()).isEqualTo(1);

        Api.Answer listed = given.bookings().get("/bookings?customerId=" + customer);
        assertThat(listed.json().path("items")).hasSize(1);
    }

    @Test
    void aBookingOfAnUnknownCustomerIsRejected() {
        assertRejected(given.book(UUID.randomUUID()), "UNKNOWN_CUSTOMER", "unknown");
    }

    @Test
    void aBookingOfAnArchivedCustomerIsRejected() {
        UUID customer = given.aCustomer();
        given.aBookingOf(customer);
        assertThat(given.delete(customer).text("outcome")).isEqualTo("ARCHIVED");
        assertRejected(given.book(customer), "ARCHIVED", "archived");
    }

    @Test
    void aBookingOfAPurgedCustomerIsRejected() {
        UUID customer = given.aCustomer();
        assertThat(given.delete(customer).text("outcome")).isEqualTo("PURGED");
        assertRejected(given.book(customer), "PURGED", "deleted");
    }

    @Test
    void aBookingOfACustomerBeingDeletedIsRejectedAndTheDeletionStillCompletes() {
        UUID customer = given.aCustomer();
        StreamingEventProcessor saga = TestSystem.get().customerService().getBean(EventProcessingConfiguration.class)
                .eventProcessor("DeleteCustomerSagaProcessor", StreamingEventProcessor.class).orElseThrow();
        saga.shutDown(); // holds the decision, so the deletion stays pending while we book
        try {
            Api.Answer deleting = given.delete(customer);
            assertThat(deleting.status()).as(deleting.body()).isEqualTo(202);
            assertThat(deleting.header("Location")).isEqualTo("/customers/" + customer + "/deletion");
            assertThat(customers.get("/customers/" + customer + "/deletion").text("outcome")).isEqualTo("PENDING");
            assertThat(customers.get("/customers/" + customer).text("status")).isEqualTo("DELETION_PENDING");

            assertRejected(given.book(customer), "DELETION_PENDING", "being deleted");
        } finally {
            saga.start();
        }
        Api.Answer decided = Eventually.get(() -> customers.get("/customers/" + customer + "/deletion"),
                answer -> "PURGED".equals(answer.text("outcome")));
        assertThat(decided.text("outcome")).isEqualTo("PURGED");
    }

    @Test
    void cancellingNeedsAConfirmedBookingAndDiscardingTwiceIsHarmless() {
        UUID customer = given.aCustomer();
        Api.Answer rejected = given.book(UUID.randomUUID());
        String rejectedId = rejected.json().path("bookingId").asText();
        Api.Answer cancel = given.bookings().post("/bookings/" + rejectedId + "/cancel", "");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.isProblem()).isTrue();

        UUID booking = given.aBookingOf(customer);
        assertThat(given.bookings().delete("/bookings/" + booking).status()).isEqualTo(204);
        assertThat(given.bookings().delete("/bookings/" + booking).status()).isEqualTo(204);
    }

    private static void assertRejected(Api.Answer answer, String reason, String detailMentions) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.isProblem()).as(answer.body()).isTrue();
        assertThat(answer.text("reason")).isEqualTo(reason);
        assertThat(answer.text("detail")).contains(detailMentions);
        assertThat(answer.text("bookingId")).isNotBlank();
    }
}
