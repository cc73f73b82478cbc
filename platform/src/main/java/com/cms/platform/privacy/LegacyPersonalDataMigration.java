package com.cms.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Encrypts, in place and once, the personal fields of events written before crypto-shredding: otherwise a purge
 * could not erase them. Runs at start-up under an advisory lock, so concurrent services do it once.
 */
public class LegacyPersonalDataMigration {

    static final String NAME = "encrypt-legacy-personal-data-v1";
    private static final Logger LOG = LoggerFactory.getLogger(LegacyPersonalDataMigration.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CryptoShreddingSerializer serializer;
    private final ObjectMapper json;

    public LegacyPersonalDataMigration(JdbcTemplate jdbc, TransactionTemplate transactions,
                                       CryptoShreddingSerializer serializer, ObjectMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.serializer = serializer;
        this.json = json;
    }

    /** Encrypts every legacy personal field unless this migration has run; returns the number of events changed. */
    public long runOnce() {
        return transactions.execute(status -> {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext(?))", NAME);
            if (!jdbc.queryForList("SELECT 1 FROM events.data_migration WHERE name = ?", NAME).isEmpty()) {
                return 0L;
            }
            long changed = encryptLegacyEvents();
            jdbc.update("INSERT INTO events.data_migration (name, rows_changed) VALUES (?, ?)", NAME, changed);
            LOG.info("encrypted the personal fields of {} legacy events", changed);
            return changed;
        });
    }

    private long encryptLegacyEvents() {
        long changed = 0;
        for (String type : jdbc.queryForList("SELECT DISTINCT payloadtype FROM events.domainevententry", String.class)) {
            Optional<PersonalDataFields> fields = fieldsOf(type);
            if (fields.isPresent()) {
                changed += encryptLegacyEventsOf(type, fields.get());
            }
        }
        return changed;
    }

    private long encryptLegacyEventsOf(String type, PersonalDataFields fields) {
        // events written since crypto-shredding carry the cipher prefix; only the others can hold plaintext
        List<Map<String, Object>> legacy = jdbc.queryForList("""
                SELECT globalindex, convert_from(payload, 'UTF8') AS payload FROM events.domainevententry
                WHERE payloadtype = ? AND position(convert_to(?, 'UTF8') in payload) = 0
                ORDER BY globalindex""", type, PersonalDataCipher.PREFIX);
        long changed = 0;
        for (Map<String, Object> event : legacy) {
            JsonNode before = parse((String) event.get("payload"));
            ObjectNode after = serializer.seal(fields, before.deepCopy());
            if (!after.equals(before)) {
                jdbc.update("UPDATE events.domainevententry SET payload = ? WHERE globalindex = ?",
                        write(after), event.get("globalindex"));
                changed++;
            }
        }
        return changed;
    }

    private static Optional<PersonalDataFields> fieldsOf(String type) {
        try {
            return PersonalDataFields.of(Class.forName(type));
        } catch (ClassNotFoundException unknownHere) {
            return Optional.empty(); // a type of a service this one does not know has no personal data it knows of
        }
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("an event payload is not JSON", e);
        }
    }

    private byte[] write(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
