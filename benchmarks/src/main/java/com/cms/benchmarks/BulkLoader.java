package com.cms.benchmarks;

import com.cms.events.booking.BookingConfirmed;
import com.cms.events.booking.BookingRequested;
import com.cms.events.customer.CustomerReferenceGranted;
import com.cms.events.customer.CustomerRegistered;
import com.cms.platform.privacy.PersonalDataCipher;
import com.cms.platform.privacy.PersonalDataFields;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;

/**
 * Writes a history straight into the event store, row for row what the services write: a customer registered
 * (personal fields encrypted under a key of its own, in the key vault), its booking requested, the reference
 * granted and the booking confirmed. Four events a unit; COPY makes a million events a matter of a minute.
 */
final class BulkLoader {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final int UNITS_PER_COPY = 5_000;

    private final String jdbcUrl;
    private final PersonalDataCipher cipher = new PersonalDataCipher(null); // keys are made here, not in the vault
    private final SecureRandom random = new SecureRandom();

    BulkLoader(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Adds events until the store holds at least {@code total}; returns how many it wrote. */
    long fillTo(long total) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            long stored = count(connection);
            long units = Math.max(0, (total - stored + 3) / 4);
            for (long done = 0; done < units; done += UNITS_PER_COPY) {
                copy(connection, (int) Math.min(UNITS_PER_COPY, units - done));
            }
            return count(connection) - stored;
        }
    }

    static long count(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT count(*) FROM events.domainevententry")) {
            result.next();
            return result.getLong(1);
        }
    }

    private void copy(Connection connection, int units) throws SQLException, IOException {
        StringBuilder events = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < units; i++) {
            UUID customer = UUID.randomUUID();
            UUID booking = UUID.randomUUID();
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            keys.append(customer).append(",\\x").append(HexFormat.of().formatHex(secret)).append('\n');
            SecretKey key = new SecretKeySpec(secret, "AES");
            String suffix = customer.toString().substring(0, 8);
            row(events, customer, 0, "Customer", sealed(new CustomerRegistered(customer, "Bulk " + suffix,
                    suffix + "@example.com", "+1 555 0100", now), key, customer), CustomerRegistered.class, now);
            row(events, booking, 0, "Booking", JSON.valueToTree(new BookingRequested(booking, customer, now, "bulk")),
                    BookingRequested.class, now);
            row(events, customer, 1, "Customer", JSON.valueToTree(new CustomerReferenceGranted(customer, booking)),
                    CustomerReferenceGranted.class, now);
            row(events, booking, 1, "Booking", JSON.valueToTree(new BookingConfirmed(booking, customer)),
                    BookingConfirmed.class, now);
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY events.personal_data_key (subject_id, secret) FROM STDIN WITH (FORMAT csv)",
                new StringReader(keys.toString()));
        copy.copyIn("""
                COPY events.domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, timestamp) FROM STDIN WITH (FORMAT csv)""",
                new StringReader(events.toString()));
    }

    private ObjectNode sealed(Object event, SecretKey key, UUID subject) {
        ObjectNode node = JSON.valueToTree(event);
        PersonalDataFields fields = PersonalDataFields.of(event.getClass()).orElseThrow();
        for (String field : fields.personalFields()) {
            if (node.hasNonNull(field)) {
                node.put(field, cipher.encrypt(Optional.of(key), subject, field, node.get(field).asText()));
            }
        }
        return node;
    }

    private static void row(StringBuilder rows, UUID aggregate, long sequence, String type, ObjectNode payload,
                            Class<?> payloadType, Instant at) throws IOException {
        String metadata = "{\"traceId\":\"" + UUID.randomUUID() + "\",\"actor\":\"bulk-loader\"}";
        rows.append(aggregate).append(',').append(sequence).append(',').append(type).append(',')
                .append(UUID.randomUUID()).append(",\\x").append(HexFormat.of().formatHex(metadata.getBytes()))
                .append(",\\x").append(HexFormat.of().formatHex(JSON.writeValueAsBytes(payload)))
                .append(",1,").append(payloadType.getName()).append(',').append(at).append('\n');
    }
}
