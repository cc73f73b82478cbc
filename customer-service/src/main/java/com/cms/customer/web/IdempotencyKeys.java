package com.cms.customer.web;

import com.cms.platform.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Remembers which customer an {@code Idempotency-Key} created, so that a retry answers the same customer. */
@Component
class IdempotencyKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The customer id this key stands for: a new one on first use, the first one on every retry. */
    UUID customerFor(String key, CustomerDetailsRequest request) {
        if (key.isBlank() || key.length() > 200) {
            throw ApiProblem.badRequest("Idempotency-Key must be 1 to 200 characters");
        }
        String fingerprint = fingerprint(request);
        // the insert claims the key atomically: of two concurrent first uses, one wins and the other reads its id
        jdbc.update("""
                INSERT INTO idempotency_key (idempotency_key, customer_id, request_fingerprint, created_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                key, UUID.randomUUID(), fingerprint, Timestamp.from(clock.instant()));
        return jdbc.queryForObject("SELECT customer_id, request_fingerprint FROM idempotency_key WHERE idempotency_key = ?",
                (row, n) -> {
                    if (!fingerprint.equals(row.getString("request_fingerprint"))) {
                        throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
                                "this Idempotency-Key was used before with a different request");
                    }
                    return row.getObject("customer_id", UUID.class);
                }, key);
    }

    private static String fingerprint(CustomerDetailsRequest request) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    String.join("\u0000", request.name(), request.email(), String.valueOf(request.phone()))
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
