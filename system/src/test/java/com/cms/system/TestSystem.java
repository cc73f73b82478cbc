package com.cms.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The system under test, started once per test JVM: both services on free ports, on an embedded PostgreSQL,
 * or on a fresh database of the server named by {@code SPRING_DATASOURCE_URL}.
 */
final class TestSystem {

    /** Short enough for tests to see a 202, long enough for an unloaded decision. */
    static final String DELETION_RESPONSE_WAIT = "3s";

    private static LocalSystem system;
    private static LocalSystem anonymizing;

    private TestSystem() {
    }

    static synchronized LocalSystem get() {
        if (system == null) {
            system = LocalSystem.start(isolatedDatabase(), List.of(
                    "--server.port=0",
                    "--cms.deletion.response-wait=" + DELETION_RESPONSE_WAIT,
                    "--cms.booking.response-wait=5s"));
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "test-system-shutdown"));
        }
        return system;
    }

    /** A second system, on its own database, configured with cms.deletion.anonymize-on-archive=true. */
    static synchronized LocalSystem anonymizing() {
        if (anonymizing == null) {
            anonymizing = LocalSystem.start(isolatedDatabase(), List.of(
                    "--server.port=0",
                    "--cms.deletion.anonymize-on-archive=true",
                    "--cms.deletion.response-wait=" + DELETION_RESPONSE_WAIT,
                    "--cms.booking.response-wait=5s"));
            Runtime.getRuntime().addShutdownHook(new Thread(anonymizing::close, "anonymizing-system-shutdown"));
        }
        return anonymizing;
    }

    static Api customers() {
        return new Api("http://localhost:" + get().customerPort());
    }

    static Api bookings() {
        return new Api("http://localhost:" + get().bookingPort());
    }

    /** Direct SQL on the system's database, for checks a user cannot make over HTTP. */
    static JdbcTemplate sql() {
        return sql(get());
    }

    static JdbcTemplate sql(LocalSystem system) {
        PostgresLocator.Database database = system.database();
        // a connection per statement, closed after it: tests may call this as often as they like
        return new JdbcTemplate(new DriverManagerDataSource(database.url(), database.username(), database.password()));
    }

    static long eventCount() {
        return sql().queryForObject("SELECT count(*) FROM events.domainevententry", Long.class);
    }

    private static PostgresLocator.Database isolatedDatabase() {
        PostgresLocator.Database server = PostgresLocator.locate(System.getenv(), Optional.empty());
        if (server.embedded().isPresent()) {
            return server;
        }
        // a configured server: a database of our own, so runs never see each other's data
        String name = "cms_test_" + System.currentTimeMillis() + "_" + (int) (Math.random() * 1000);
        try (Connection connection = DriverManager.getConnection(server.url(), server.username(), server.password())) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " on " + server.url(), e);
        }
        String url = server.url().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return new PostgresLocator.Database(url, server.username(), server.password(), Optional.empty());
    }

}
