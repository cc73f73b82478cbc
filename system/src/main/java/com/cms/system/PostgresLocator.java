package com.cms.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the PostgreSQL the system runs on: the one named by {@code SPRING_DATASOURCE_URL}, or else a real
 * embedded PostgreSQL started here, so that a machine with only a JDK can run and test the system.
 */
public final class PostgresLocator {

    private PostgresLocator() {
    }

    /** Where to connect, and the embedded server to close when done (empty for a configured database). */
    public record Database(String url, String username, String password, Optional<EmbeddedPostgres> embedded)
            implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (embedded.isPresent()) {
                embedded.get().close();
            }
        }
    }

    /** The configured database, or an embedded one; {@code dataDirectory} keeps embedded data across runs. */
    public static Database locate(Map<String, String> environment, Optional<Path> dataDirectory) {
        String url = environment.get("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            return new Database(url, environment.getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
                    environment.getOrDefault("SPRING_DATASOURCE_PASSWORD", ""), Optional.empty());
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setRegisterShutdownHook(false); // LocalSystem stops it after the services, never before
            dataDirectory.ifPresent(directory -> builder.setDataDirectory(directory).setCleanDataDirectory(false));
            EmbeddedPostgres postgres = builder.start();
            return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", Optional.of(postgres));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }
}
