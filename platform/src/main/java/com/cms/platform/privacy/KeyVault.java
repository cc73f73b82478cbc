package com.cms.platform.privacy;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each data subject's AES-256 key, in {@code events.personal_data_key} beside the event store, so that every
 * service reading customer events can read the keys. Shredding a key erases the subject's personal data.
 */
public class KeyVault {

    private static final int KEY_BYTES = 32;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    public KeyVault(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The subject's key, created on first use; empty once the key was shredded. */
    public Optional<SecretKey> keyForWriting(UUID subject) {
        List<byte[]> stored = secrets(subject);
        if (stored.isEmpty()) {
            byte[] secret = new byte[KEY_BYTES];
            random.nextBytes(secret);
            // of two writers creating the key at once, one insert wins and both read the winner's key
            jdbc.update("INSERT INTO events.personal_data_key (subject_id, secret) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    subject, secret);
            stored = secrets(subject);
        }
        return key(stored);
    }

    /** The subject's key; empty when it never had one or it was shredded. */
    public Optional<SecretKey> existingKey(UUID subject) {
        return key(secrets(subject));
    }

    /** Destroys the key for good: a shredded subject stays shredded even if something writes for it later. */
    public void shred(UUID subject) {
        jdbc.update("""
                INSERT INTO events.personal_data_key (subject_id, secret, shredded_at) VALUES (?, NULL, now())
                ON CONFLICT (subject_id) DO UPDATE SET secret = NULL, shredded_at = COALESCE(
                    events.personal_data_key.shredded_at, now())""", subject);
    }

    public boolean isShredded(UUID subject) {
        List<byte[]> stored = secrets(subject);
        return !stored.isEmpty() && stored.get(0) == null;
    }

    /** The subject's row, if any: no element when it never had a key, a null element once shredded. */
    private List<byte[]> secrets(UUID subject) {
        return jdbc.query("SELECT secret FROM events.personal_data_key WHERE subject_id = ?",
                (row, n) -> row.getBytes("secret"), subject);
    }

    private static Optional<SecretKey> key(List<byte[]> stored) {
        return stored.stream().filter(secret -> secret != null).findFirst()
                .map(secret -> new SecretKeySpec(secret, "AES"));
    }
}
