package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A consumer of GET /events that keeps dropping and resuming receives every event exactly once, in order. */
class EventStreamIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Scenario given = new Scenario();
    private final String baseUrl = "http://localhost:" + TestSystem.get().customerPort();

    @Test
    void aConsumerThatDisconnectsAtRandomAndResumesMissesNothingAndSeesNothingTwice() throws Exception {
        long start = TestSystem.eventCount() == 0 ? 0 : lastPosition();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(writers.submit(() -> {
                while (writing.get()) {
                    UUID customer = given.aCustomer();
                    if (ThreadLocalRandom.current().nextBoolean()) {
                        given.aBookingOf(customer);
                    }
                    given.delete(customer);
                }
                return null;
            }));
        }

        List<Long> received = new ArrayList<>();
        long position = start;
        long writeUntil = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        int connections = 0;
        while (System.nanoTime() < writeUntil) {
            // alternate the stream and the JSON pages; either way resume from the last position received
            position = ++connections % 3 == 0 ? readPage(position, received) : readStreamBriefly(position, received);
        }
        writing.set(false);
        for (Future<?> writer : running) {
            writer.get();
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        long last = awaitLastPosition();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (position < last && System.nanoTime() < deadline) {
            position = readStreamBriefly(position, received);
        }

        List<Long> expected = TestSystem.sql().queryForList(
                "SELECT globalindex FROM events.domainevententry WHERE globalindex > ? ORDER BY globalindex",
                Long.class, start);
        System.out.printf("%nevent stream: %d connections, %d events received%n", connections, received.size());
        assertThat(connections).as("the consumer hung up and resumed").isGreaterThanOrEqualTo(3);
        assertThat(received).as("every event exactly once, in order").isEqualTo(expected);
    }

    @Test
    void aPurgedCustomersEventsAreErasedInTheStream() throws Exception {
        UUID customer = UUID.fromString(given.customers().post("/customers",
                "{\"name\":\"Streamed Person\",\"email\":\"streamed@example.com\"}").text("id"));
        long from = lastPosition() - 1;
        assertThat(given.delete(customer).text("outcome")).isEqualTo("PURGED");
        Api.Answer page = new Api(baseUrl).get("/events?after=" + (from - 5) + "&limit=50");
        JsonNode registered = null;
        for (JsonNode event : page.json().path("events")) {
            if (event.path("type").asText().equals("CustomerRegistered")
                    && event.path("aggregateId").asText().equals(customer.toString())) {
                registered = event;
            }
        }
        assertThat(registered).isNotNull();
        assertThat(registered.path("payload").path("name").isNull()).isTrue();
        assertThat(registered.path("erased").toString()).contains("name", "email");
        assertThat(page.body()).doesNotContain("Streamed Person", "streamed@example.com");
        assertThat(new Api(baseUrl).get("/events?after=-1").status()).isEqualTo(400);
        assertThat(new Api(baseUrl).get("/events?limit=0").status()).isEqualTo(400);
    }

    /** Reads the SSE stream from the position and hangs up after a random number of events (or 2 s). */
    private long readStreamBriefly(long after, List<Long> received) throws IOException, InterruptedException {
        int hangUpAfter = ThreadLocalRandom.current().nextInt(1, 40);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/events"))
                .header("Accept", "text/event-stream").header("Last-Event-ID", Long.toString(after))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long position = after;
        int events = 0;
        HttpResponse<Stream<String>> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (java.net.http.HttpTimeoutException quiet) {
            return position;
        }
        assertThat(response.statusCode()).isEqualTo(200);
        try (Stream<String> lines = response.body()) {
            Iterator<String> line = lines.iterator();
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (events < hangUpAfter && System.nanoTime() < deadline && line.hasNext()) {
                String text = line.next();
                if (text.startsWith("id:")) {
                    position = Long.parseLong(text.substring(3).strip());
                    received.add(position);
                    events++;
                }
            }
        } catch (java.io.UncheckedIOException timedOut) {
            // the request's time-out closed the connection: a disconnect like any other
        }
        return position;
    }

    private long readPage(long after, List<Long> received) throws IOException {
        JsonNode page = JSON.readTree(new Api(baseUrl).get("/events?after=" + after + "&limit="
                + ThreadLocalRandom.current().nextInt(1, 30)).body());
        for (JsonNode event : page.path("events")) {
            received.add(event.path("position").asLong());
        }
        return page.path("next").asLong();
    }

    private static long lastPosition() {
        return TestSystem.sql().queryForObject("SELECT COALESCE(max(globalindex), 0) FROM events.domainevententry",
                Long.class);
    }

    /** The last position once the services stopped reacting to the writers. */
    private static long awaitLastPosition() {
        return Quiet.settled(EventStreamIT::lastPosition, Duration.ofSeconds(1));
    }
}
