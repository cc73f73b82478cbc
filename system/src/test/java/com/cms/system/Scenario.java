package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** The steps the end-to-end tests are written in: what a user does, checked as the user would see it. */
final class Scenario {

    private final Api customers;
    private final Api bookings;

    Scenario() {
        this(TestSystem.get());
    }

    Scenario(LocalSystem system) {
        customers = new Api("http://localhost:" + system.customerPort());
        bookings = new Api("http://localhost:" + system.bookingPort());
    }

    Api customers() {
        return customers;
    }

    Api bookings() {
        return bookings;
    }

    /** A new active customer, with unique details. */
    UUID aCustomer() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Api.Answer created = customers.post("/customers",
                "{\"name\":\"Ada " + marker + "\",\"email\":\"ada." + marker + "@example.com\",\"phone\":\"+44 20 7946 0000\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.text("id"));
    }

    /** A confirmed booking of the customer. */
    UUID aBookingOf(UUID customerId) {
        Api.Answer booked = book(customerId);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.text("status")).isEqualTo("CONFIRMED");
        return UUID.fromString(booked.text("id"));
    }

    Api.Answer book(UUID customerId) {
        return bookings.post("/bookings", "{\"customerId\":\"" + customerId
                + "\",\"startsAt\":\"2027-01-15T10:00:00Z\",\"description\":\"consultation\"}");
    }

    Api.Answer delete(UUID customerId) {
        return customers.delete("/customers/" + customerId + "?reason=requested%20by%20the%20customer");
    }

    /** Whether the index lists the customer under the status, on any page. */
    boolean listed(UUID customerId, String status) {
        for (int page = 0; ; page++) {
            Api.Answer answer = customers.get("/customers?size=200&status=" + status + "&page=" + page);
            assertThat(answer.status()).isEqualTo(200);
            var items = answer.json().path("items");
            for (var item : items) {
                if (item.path("id").asText().equals(customerId.toString())) {
                    return true;
                }
            }
            if (items.size() < 200) {
                return false;
            }
        }
    }
}
