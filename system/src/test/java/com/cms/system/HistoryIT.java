package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit log of a customer: who did what, when, why, and with what outcome. */
class HistoryIT {

    private final Scenario given = new Scenario();
    private final Api customers = given.customers();

    @Test
    void anArchivedCustomersHistoryShowsEveryStepWithActorAndReason() {
        Api.Answer created = customers.post("/customers", "{\"name\":\"Ada Audit\",\"email\":\"audit@example.com\"}",
                Map.of("X-Actor", "alice@cms", "X-Correlation-Id", "corr-42"));
        assertThat(created.header("X-Correlation-Id")).isEqualTo("corr-42");
        UUID customer = UUID.fromString(created.text("id"));
        Api.Answer booked = given.bookings().post("/bookings", "{\"customerId\":\"" + customer + "\"}",
                Map.of("X-Actor", "bob"));
        assertThat(booked.status()).isEqualTo(201);
        Api.Answer deleted = customers.send("DELETE", "/customers/" + customer + "?reason=moved%20abroad", null,
                Map.of("X-Actor", "carol"));
        assertThat(deleted.text("outcome")).isEqualTo("ARCHIVED");

        JsonNode events = customers.get("/customers/" + customer + "/history").json().path("events");
        assertThat(types(events)).containsExactly("CustomerRegistered", "CustomerReferenceGranted",
                "CustomerDeletionRequested", "CustomerArchived");
        assertThat(events.get(0).path("actor").asText()).isEqualTo("alice@cms");
        assertThat(events.get(0).path("correlationId").asText()).isEqualTo("corr-42");
        assertThat(events.get(0).path("payload").path("name").asText()).isEqualTo("Ada Audit");
        assertThat(events.get(1).path("actor").asText()).as("the booking's actor, across services").isEqualTo("bob");
        assertThat(events.get(2).path("actor").asText()).isEqualTo("carol");
        assertThat(events.get(2).path("reason").asText()).isEqualTo("moved abroad");
        // the saga decided, on carol's request: her name and reason stay on the outcome
        assertThat(events.get(3).path("actor").asText()).isEqualTo("carol");
        assertThat(events.get(3).path("reason").asText()).isEqualTo("moved abroad");
        assertThat(events.get(3).path("payload").path("references").asInt()).isEqualTo(1);
        assertThat(events.get(3).path("revision").asText()).isEqualTo("2");
        assertInOrder(events);
    }

    @Test
    void aPurgedCustomersHistoryKeepsTheDecisionAndTimesButErasesThePersonalFields() {
        UUID customer = UUID.fromString(customers.post("/customers",
                "{\"name\":\"Erin Erased\",\"email\":\"erin@example.com\",\"phone\":\"+1 555 0100\"}").text("id"));
        assertThat(customers.put("/customers/" + customer, "{\"name\":\"Erin E.\",\"email\":\"erin@example.com\"}")
                .status()).isEqualTo(200);
        assertThat(customers.delete("/customers/" + customer + "?reason=asked%20to%20be%20forgotten")
                .text("outcome")).isEqualTo("PURGED");

        Api.Answer history = customers.get("/customers/" + customer + "/history");
        assertThat(history.status()).isEqualTo(200);
        JsonNode events = history.json().path("events");
        assertThat(types(events)).containsExactly("CustomerRegistered", "CustomerDetailsChanged",
                "CustomerDeletionRequested", "CustomerPurged");
        JsonNode registered = events.get(0);
        assertThat(registered.path("payload").path("name").isNull()).isTrue();
        assertThat(registered.path("payload").path("email").isNull()).isTrue();
        assertThat(registered.path("payload").path("registeredAt").asText()).isNotBlank();
        assertThat(registered.path("erased").toString()).contains("name", "email", "phone");
        assertThat(events.get(2).path("payload").path("reason").isNull()).isTrue();
        assertThat(events.get(2).has("reason")).as("the reason in the metadata is erased too").isFalse();
        assertThat(events.get(3).path("payload").path("purgedAt").asText()).isNotBlank();
        assertThat(history.body()).doesNotContain("Erin", "erin@example.com", "forgotten");
        assertInOrder(events);
    }

    @Test
    void anUnknownCustomerHasNoHistoryAndTheActorDefaultsToAnonymous() {
        assertThat(customers.get("/customers/" + UUID.randomUUID() + "/history").status()).isEqualTo(404);
        UUID customer = given.aCustomer();
        JsonNode events = customers.get("/customers/" + customer + "/history").json().path("events");
        assertThat(events.get(0).path("actor").asText()).isEqualTo("anonymous");
        Api.Answer badActor = customers.send("GET", "/customers/" + customer, null, Map.of("X-Actor", "x".repeat(300)));
        assertThat(badActor.status()).isEqualTo(400);
        assertThat(badActor.isProblem()).isTrue();
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.path("type").asText()));
        return types;
    }

    private static void assertInOrder(JsonNode events) {
        long position = 0;
        for (JsonNode event : events) {
            assertThat(event.path("position").asLong()).isGreaterThan(position);
            assertThat(event.path("occurredAt").asText()).isNotBlank();
            assertThat(event.path("format").asText()).isEqualTo("cms.event.v1");
            position = event.path("position").asLong();
        }
    }
}
