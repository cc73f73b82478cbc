package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.cms.platform.privacy.LegacyPersonalDataMigration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events written before crypto-shredding hold plain personal fields: they are still read, a one-time
 * migration encrypts them in place, and a purge then erases them like any other.
 */
class LegacyEventsIT {

    private final Scenario given = new Scenario();
    private final Api customers = given.customers();
    private final JdbcTemplate sql = TestSystem.sql();

    @Test
    void aCustomerRegisteredInPlaintextIsReadEncryptedAndPurged() {
        Markers markers = Markers.fresh();
        UUID customer = UUID.randomUUID();
        String payload = "{\"customerId\":\"" + customer + "\",\"name\":\"" + markers.name() + "\",\"email\":\""
                + markers.email() + "\",\"phone\":\"" + markers.phone() + "\",\"registeredAt\":\"" + Instant.now() + "\"}";
        // exactly the row the version before crypto-shredding wrote
        sql.update("""
                INSERT INTO events.domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                    metadata, payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, 0, 'Customer', ?, ?, ?, '1', 'com.cms.events.customer.CustomerRegistered', ?)""",
                customer.toString(), UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), Instant.now().toString());

        Api.Answer read = Eventually.get(() -> customers.get("/customers/" + customer), answer -> answer.status() == 200);
        assertThat(read.text("name")).isEqualTo(markers.name());

        LegacyPersonalDataMigration migration = TestSystem.get().customerService()
                .getBean(LegacyPersonalDataMigration.class);
        sql.update("DELETE FROM events.data_migration");
        assertThat(migration.runOnce()).isEqualTo(1);
        assertThat(migration.runOnce()).as("only once").isZero();
        assertThat(DatabaseDump.rowsContaining(sql, markers.email())).noneMatch(row -> row.startsWith("events."));

        assertThat(given.delete(customer).text("outcome")).isEqualTo("PURGED");
        for (String marker : markers.all()) {
            var rows = Eventually.get(() -> DatabaseDump.rowsContaining(sql, marker), java.util.List::isEmpty);
            assertThat(rows).as("rows still holding " + marker).isEmpty();
        }
    }

    @Test
    void aRevisionOneArchiveIsUpcastToAnArchiveThatKeptTheData() {
        UUID customer = given.aCustomer();
        given.aBookingOf(customer);
        assertThat(given.delete(customer).text("outcome")).isEqualTo("ARCHIVED");
        // rewrite the archive as revision 1 wrote it: no "anonymized" field
        int rewritten = sql.update("""
                UPDATE events.domainevententry
                SET payload = convert_to(replace(replace(convert_from(payload, 'UTF8'), ',"anonymized":false', ''),
                                                 '"anonymized":false,', ''), 'UTF8'), payloadrevision = '1'
                WHERE aggregateidentifier = ? AND payloadtype = 'com.cms.events.customer.CustomerArchived'""",
                customer.toString());
        assertThat(rewritten).isEqualTo(1);
        assertThat(sql.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM events.domainevententry
                WHERE aggregateidentifier = ? AND payloadtype = 'com.cms.events.customer.CustomerArchived'""",
                String.class, customer.toString())).doesNotContain("anonymized");

        // the aggregate reads its history, revision 1 included: restore needs to know the data was kept
        Api.Answer restored = customers.post("/customers/" + customer + "/restore", "");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.text("status")).isEqualTo("ACTIVE");
    }
}
