package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once create bookings, discard them and delete customers over a shared pool of customers;
 * afterwards every invariant of DESIGN.md is checked over the event store and the read models.
 */
class ConcurrentDeletionIT {

    private static final int CLIENTS = Integer.getInteger("cms.concurrency.clients", 16);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("cms.concurrency.seconds", 30));
    private static final int POOL = 40;

    private final Scenario given = new Scenario();
    private final List<UUID> customers = new CopyOnWriteArrayList<>();
    private final Set<UUID> confirmedBookings = ConcurrentHashMap.newKeySet();
    private final Set<UUID> deletedCustomers = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> operations = new ConcurrentHashMap<>();

    @Test
    void everyInvariantHoldsUnderConcurrentBookingsDiscardsAndDeletions() throws Exception {
        for (int i = 0; i < POOL; i++) {
            customers.add(given.aCustomer());
        }
        long end = System.nanoTime() + RUN.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new CopyOnWriteArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < end) {
                    act();
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get(); // a client's failure fails the test
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        awaitEveryDeletionDecided();
        InvariantChecker.Report report = InvariantChecker.check(TestSystem.sql());
        System.out.printf("%nconcurrency run: %d clients for %ds%n  operations %s%n  events %s%n  violations %d%n",
                CLIENTS, RUN.toSeconds(), new TreeMap<>(operations), new TreeMap<>(report.outcomes()),
                report.violations().size());
        assertThat(report.violations()).isEmpty();
        assertThat(report.outcomes().getOrDefault("CustomerPurged", 0)).isPositive();
        assertThat(report.outcomes().getOrDefault("CustomerArchived by reference", 0)).isPositive();
        assertThat(report.outcomes().get("CustomerArchived by deadline")).as("no saga may stall").isNull();
        assertThat(operations.getOrDefault("booking 409", 0)).as("some bookings raced a deletion").isPositive();
    }

    /** One random user action over the shared pool; the answer must be one the contract allows. */
    private void act() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int dice = random.nextInt(100);
        if (dice < 50) {
            UUID customer = customers.get(random.nextInt(customers.size()));
            Api.Answer booked = given.book(customer);
            count("booking", booked.status(), Set.of(201, 409, 202));
            if (booked.status() == 201) {
                confirmedBookings.add(UUID.fromString(booked.text("id")));
            }
        } else if (dice < 70) {
            UUID booking = confirmedBookings.stream().skip(random.nextInt(Math.max(1, confirmedBookings.size())))
                    .findFirst().orElse(null);
            if (booking != null && confirmedBookings.remove(booking)) {
                count("discard", given.bookings().delete("/bookings/" + booking).status(), Set.of(204));
            }
        } else if (dice < 85) {
            UUID customer = customers.get(random.nextInt(customers.size()));
            Api.Answer deleted = given.delete(customer);
            count("delete", deleted.status(), Set.of(200, 202, 410));
            if (deleted.status() == 200) {
                count("delete " + deleted.text("outcome"), 200, Set.of(200));
            }
            deletedCustomers.add(customer);
        } else {
            customers.add(given.aCustomer());
            count("create customer", 201, Set.of(201));
        }
    }

    private void count(String operation, int status, Set<Integer> allowed) {
        assertThat(allowed).as(operation + " answered " + status).contains(status);
        operations.merge(operation + " " + status, 1, Integer::sum);
    }

    private void awaitEveryDeletionDecided() {
        for (UUID customer : deletedCustomers) {
            Api.Answer deletion = Eventually.get(
                    () -> given.customers().get("/customers/" + customer + "/deletion"),
                    answer -> !"PENDING".equals(answer.text("outcome")));
            assertThat(deletion.text("outcome")).as("deletion of " + customer).isIn("PURGED", "ARCHIVED");
        }
        // and the read models of both services have caught up with the last outcome
        Quiet.settled(TestSystem::eventCount, Duration.ofSeconds(1));
    }
}
