package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem detail and changes nothing in the event store. */
class BadInputIT {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private final Scenario given = new Scenario();
    private final Api customers = given.customers();
    private final Api bookings = given.bookings();

    @Test
    void badCustomerRequestsAreRefusedWithoutAnEvent() {
        UUID archived = given.aCustomer();
        given.aBookingOf(archived);
        assertThat(given.delete(archived).text("outcome")).isEqualTo("ARCHIVED");
        String unknown = UUID.randomUUID().toString();
        String tooLong = "x".repeat(201);

        assertNothingChanges(
                bad("malformed JSON", 400, () -> customers.post("/customers", "{\"name\": \"Ada\",")),
                bad("not an object", 400, () -> customers.post("/customers", "[1, 2]")),
                bad("missing name", 400, () -> customers.post("/customers", "{\"email\":\"ada@example.com\"}")),
                bad("blank name", 400, () -> customers.post("/customers", "{\"name\":\"  \",\"email\":\"ada@example.com\"}")),
                bad("overlong name", 400, () -> customers.post("/customers", "{\"name\":\"" + tooLong + "\",\"email\":\"ada@example.com\"}")),
                bad("invalid email", 400, () -> customers.post("/customers", "{\"name\":\"Ada\",\"email\":\"not-an-email\"}")),
                bad("invalid phone", 400, () -> customers.post("/customers", "{\"name\":\"Ada\",\"email\":\"a@example.com\",\"phone\":\"call me\"}")),
                bad("wrong content type", 415, () -> customers.send("POST", "/customers", "name=Ada", Map.of("Content-Type", "text/plain"))),
                bad("no body", 400, () -> customers.send("POST", "/customers", null, JSON)),
                bad("NUL in name", 400, () -> customers.post("/customers", "{\"name\":\"Ada\\u0000\",\"email\":\"a@example.com\"}")),
                bad("NUL in reason", 400, () -> customers.delete("/customers/" + archived + "?reason=a%00b")));

        assertNothingChanges(
                bad("non-UUID id", 400, () -> customers.get("/customers/not-a-uuid")),
                bad("unknown id", 404, () -> customers.get("/customers/" + unknown)),
                bad("unknown id deleted", 404, () -> customers.delete("/customers/" + unknown)),
                bad("unknown id changed", 404, () -> customers.put("/customers/" + unknown, "{\"name\":\"Ada\",\"email\":\"a@example.com\"}")),
                bad("unknown preview", 404, () -> customers.get("/customers/" + unknown + "/deletion-preview")),
                bad("wrong method", 405, () -> customers.send("PATCH", "/customers/" + unknown, "{}", JSON)),
                bad("wrong method on collection", 405, () -> customers.send("PUT", "/customers", "{}", JSON)),
                bad("status not listable", 400, () -> customers.get("/customers?status=PURGED")),
                bad("page size zero", 400, () -> customers.get("/customers?size=0")),
                bad("archived customer changed", 409, () -> customers.put("/customers/" + archived, "{\"name\":\"Ada\",\"email\":\"a@example.com\"}")));
    }

    @Test
    void badBookingRequestsAreRefusedWithoutAnEvent() {
        String unknown = UUID.randomUUID().toString();
        assertNothingChanges(
                bad("malformed JSON", 400, () -> bookings.post("/bookings", "{\"customerId\":")),
                bad("non-UUID customer", 400, () -> bookings.post("/bookings", "{\"customerId\":\"abc\"}")),
                bad("missing customer", 400, () -> bookings.post("/bookings", "{\"description\":\"x\"}")),
                bad("overlong description", 400, () -> bookings.post("/bookings", "{\"customerId\":\"" + unknown + "\",\"description\":\"" + "x".repeat(1001) + "\"}")),
                bad("not a time", 400, () -> bookings.post("/bookings", "{\"customerId\":\"" + unknown + "\",\"startsAt\":\"tomorrow\"}")),
                bad("wrong content type", 415, () -> bookings.send("POST", "/bookings", "x", Map.of("Content-Type", "text/plain"))),
                bad("unknown booking", 404, () -> bookings.get("/bookings/" + unknown)),
                bad("unknown booking cancelled", 404, () -> bookings.post("/bookings/" + unknown + "/cancel", "")),
                bad("unknown booking discarded", 404, () -> bookings.delete("/bookings/" + unknown)),
                bad("non-UUID booking", 400, () -> bookings.get("/bookings/42")),
                bad("far future", 400, () -> bookings.post("/bookings", "{\"customerId\":\"" + unknown + "\",\"startsAt\":\"+200000-01-01T00:00:00Z\"}")),
                bad("NUL in description", 400, () -> bookings.post("/bookings", "{\"customerId\":\"" + unknown + "\",\"description\":\"a\\u0000\"}")));
        assertNothingChanges(
                bad("missing customerId", 400, () -> bookings.get("/bookings")),
                bad("wrong method", 405, () -> bookings.send("PUT", "/bookings/" + unknown, "{}", JSON)));
    }

    @Test
    void oneKindOfIdIsUnknownAsTheOther() {
        UUID customer = given.aCustomer();
        UUID booking = given.aBookingOf(customer);
        assertNothingChanges(
                bad("booking id as customer", 404, () -> customers.get("/customers/" + booking)),
                bad("booking id deleted as customer", 404, () -> customers.delete("/customers/" + booking)),
                bad("booking id restored", 404, () -> customers.post("/customers/" + booking + "/restore", "")),
                bad("booking id history", 404, () -> customers.get("/customers/" + booking + "/history")),
                bad("customer id as booking", 404, () -> bookings.delete("/bookings/" + customer)),
                bad("customer id cancelled", 404, () -> bookings.post("/bookings/" + customer + "/cancel", "")));
        // booking a booking: the customer side refuses it as unknown, and keeps answering afterwards
        Api.Answer refused = given.book(booking);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.text("reason")).isEqualTo("UNKNOWN_CUSTOMER");
        given.aBookingOf(customer);
    }

    @Test
    void anIdempotencyKeyReturnsTheSameCustomer() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"Grace\",\"email\":\"grace@example.com\"}";
        Api.Answer first = customers.post("/customers", body, Map.of("Idempotency-Key", key));
        long events = quietEventCount();
        Api.Answer retry = customers.post("/customers", body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(quietEventCount()).isEqualTo(events);

        Api.Answer reused = customers.post("/customers", "{\"name\":\"Other\",\"email\":\"o@example.com\"}",
                Map.of("Idempotency-Key", key));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.isProblem()).isTrue();
        assertThat(quietEventCount()).isEqualTo(events);
    }

    /** A bad request, the status it must get, and how to send it. */
    private record BadRequest(String name, int status, Supplier<Api.Answer> send) {
    }

    private static BadRequest bad(String name, int status, Supplier<Api.Answer> send) {
        return new BadRequest(name, status, send);
    }

    /** Sends each request and checks its status and problem detail, then that the event store did not change. */
    private static void assertNothingChanges(BadRequest... requests) {
        long before = quietEventCount();
        for (BadRequest request : requests) {
            Api.Answer answer = request.send().get();
            assertThat(answer.status()).as(request.name() + ": " + answer.body()).isEqualTo(request.status());
            assertThat(answer.isProblem()).as(request.name() + " is a problem detail: " + answer.body()).isTrue();
        }
        assertThat(quietEventCount()).as("events after bad input").isEqualTo(before);
    }

    /** The event count once the services have finished reacting to earlier requests. */
    private static long quietEventCount() {
        return Quiet.settled(TestSystem::eventCount, Duration.ofMillis(300));
    }
}
