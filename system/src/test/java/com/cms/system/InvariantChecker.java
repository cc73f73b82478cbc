package com.cms.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replays the whole event store in global order and checks DESIGN.md's invariants, then checks the read
 * models against the replayed state. Returns every violation found, so a failure names all of them.
 */
final class InvariantChecker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Set<String>> granted = new HashMap<>();
    private final Map<String, String> customerStatus = new HashMap<>();
    private final Map<String, Integer> openDeletions = new HashMap<>();
    private final Map<String, String> confirmedBookingCustomer = new HashMap<>();
    private final Set<String> discardedBookings = new HashSet<>();
    private final Set<String> purgedCustomers = new HashSet<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Integer> outcomes = new HashMap<>();

    /** What the check found: counts of outcomes and the violations (empty when every invariant holds). */
    record Report(Map<String, Integer> outcomes, List<String> violations) {
    }

    static Report check(JdbcTemplate sql) {
        InvariantChecker checker = new InvariantChecker();
        sql.query("""
                SELECT globalindex, payloadtype, convert_from(payload, 'UTF8') AS payload
                FROM events.domainevententry ORDER BY globalindex""",
                row -> {
                    checker.apply(row.getLong("globalindex"), row.getString("payloadtype"), row.getString("payload"));
                });
        checker.finish();
        checker.checkReadModels(sql);
        return new Report(checker.outcomes, checker.violations);
    }

    private void apply(long position, String type, String payload) {
        JsonNode event = parse(payload);
        String customer = event.path("customerId").asText();
        String booking = event.path("bookingId").asText();
        String name = type.substring(type.lastIndexOf('.') + 1);
        outcomes.merge(name, 1, Integer::sum);
        switch (name) {
            case "CustomerRegistered" -> customerStatus.put(customer, "ACTIVE");
            case "CustomerReferenceGranted" -> {
                if (!"ACTIVE".equals(customerStatus.get(customer))) {
                    violations.add(position + ": reference granted by a " + customerStatus.get(customer) + " customer " + customer);
                }
                granted.computeIfAbsent(customer, c -> new HashSet<>()).add(booking);
            }
            case "CustomerReferenceReleased" -> granted.getOrDefault(customer, new HashSet<>()).remove(booking);
            case "CustomerDeletionRequested" -> {
                openDeletions.merge(customer, 1, Integer::sum);
                customerStatus.put(customer, "DELETION_PENDING");
            }
            case "CustomerPurged" -> {
                decide(position, customer);
                if (!granted.getOrDefault(customer, Set.of()).isEmpty()) {
                    violations.add(position + ": customer " + customer + " purged with unreleased references "
                            + granted.get(customer));
                }
                customerStatus.put(customer, "PURGED");
                purgedCustomers.add(customer);
            }
            case "CustomerArchived" -> {
                decide(position, customer);
                // an expired deadline archives deliberately (when in doubt, archive); that is no accident
                boolean deadline = "DEADLINE_EXPIRED".equals(event.path("cause").asText());
                if (!deadline && granted.getOrDefault(customer, Set.of()).isEmpty()) {
                    violations.add(position + ": customer " + customer + " archived although nothing referenced it");
                }
                outcomes.merge(deadline ? "CustomerArchived by deadline" : "CustomerArchived by reference", 1, Integer::sum);
                customerStatus.put(customer, "ARCHIVED");
            }
            case "CustomerRestored" -> {
                if (!"ARCHIVED".equals(customerStatus.get(customer))) {
                    violations.add(position + ": a " + customerStatus.get(customer) + " customer " + customer + " restored");
                }
                customerStatus.put(customer, "ACTIVE");
            }
            case "BookingConfirmed" -> {
                if (!granted.getOrDefault(customer, Set.of()).contains(booking)) {
                    violations.add(position + ": booking " + booking + " confirmed without a granted reference");
                }
                confirmedBookingCustomer.put(booking, customer);
            }
            case "BookingDiscarded" -> discardedBookings.add(booking);
            default -> { }
        }
    }

    private void decide(long position, String customer) {
        int open = openDeletions.getOrDefault(customer, 0);
        if (open != 1) {
            violations.add(position + ": an outcome for customer " + customer + " with " + open + " open deletion requests");
        }
        openDeletions.put(customer, open - 1);
    }

    private void finish() {
        openDeletions.forEach((customer, open) -> {
            if (open != 0) {
                violations.add("customer " + customer + " has " + open + " deletion requests without an outcome");
            }
        });
        confirmedBookingCustomer.forEach((booking, customer) -> {
            if (purgedCustomers.contains(customer) && !discardedBookings.contains(booking)) {
                violations.add("confirmed booking " + booking + " references purged customer " + customer);
            }
        });
    }

    private void checkReadModels(JdbcTemplate sql) {
        sql.query("SELECT customer_id, status FROM customer.customer_view", row -> {
            String customer = row.getString("customer_id");
            if (!row.getString("status").equals(customerStatus.get(customer))) {
                violations.add("customer_view shows " + customer + " as " + row.getString("status")
                        + " but the events say " + customerStatus.get(customer));
            }
        });
        Map<String, Set<String>> projected = new HashMap<>();
        sql.query("SELECT customer_id, booking_id FROM customer.booking_reference", row -> {
            projected.computeIfAbsent(row.getString("customer_id"), c -> new HashSet<>()).add(row.getString("booking_id"));
        });
        granted.forEach((customer, bookings) -> {
            if (!bookings.equals(projected.getOrDefault(customer, Set.of()))) {
                violations.add("booking_reference of " + customer + " is " + projected.get(customer)
                        + " but the events say " + bookings);
            }
        });
        sql.query("""
                SELECT b.booking_id, c.status FROM booking.booking_view b
                JOIN booking.customer_summary c ON c.customer_id = b.customer_id
                WHERE b.status IN ('CONFIRMED', 'CANCELLED') AND c.status = 'PURGED'""", row -> {
            violations.add("booking_view shows held booking " + row.getString("booking_id") + " of a purged customer");
        });
    }

    private static JsonNode parse(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("an event payload is not JSON: " + payload, e);
        }
    }
}
