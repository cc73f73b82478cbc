package com.cms.benchmarks.baseline;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The hardware limit: how many single-row, event-sized INSERT transactions this PostgreSQL commits, the ceiling no event-sourced command can beat. */
public final class InsertLimit {

    /** One measurement: operations are the inserts started inside the measured window, after the warm-up. */
    public record Result(int concurrency, long operations, double perSecond, double p50Millis, double p99Millis) {
    }

    private static final Logger log = LoggerFactory.getLogger(InsertLimit.class);

    // long enough for JIT, the pool of backends and the table's first pages to settle before anything counts
    private static final Duration WARM_UP = Duration.ofSeconds(2);

    private static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS crud.insert_limit (
                id bigserial PRIMARY KEY,
                aggregate_id varchar(255) NOT NULL,
                sequence_number bigint NOT NULL,
                type varchar(255),
                event_id varchar(255) NOT NULL UNIQUE,
                metadata bytea,
                payload bytea NOT NULL,
                payload_type varchar(255) NOT NULL,
                time_stamp varchar(255) NOT NULL,
                UNIQUE (aggregate_id, sequence_number))""";

    private static final String INSERT = """
            INSERT INTO crud.insert_limit
                (aggregate_id, sequence_number, type, event_id, metadata, payload, payload_type, time_stamp)
            VALUES (?, 0, 'Customer', ?, ?, ?, 'com.cms.events.customer.CustomerRegistered', ?)""";

    // the sizes of a serialized CustomerRegistered and its metadata in the real event store
    private static final byte[] PAYLOAD = jsonOfLength(350);
    private static final byte[] METADATA = jsonOfLength(150);

    private InsertLimit() {
    }

    public static Result measure(String jdbcUrl, String user, String password, int concurrency, Duration duration) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive, was " + duration);
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        List<Connection> connections = new ArrayList<>(concurrency);
        ExecutorService threads = Executors.newFixedThreadPool(concurrency, numbered());
        try {
            prepareTable(jdbcUrl, credentials);
            // connect before the clock starts: connection setup is not part of an insert's cost
            for (int i = 0; i < concurrency; i++) {
                Connection connection = DriverManager.getConnection(jdbcUrl, credentials);
                connections.add(connection);
                connection.setAutoCommit(true);
            }
            long measureFrom = System.nanoTime() + WARM_UP.toNanos();
            long measureUntil = measureFrom + duration.toNanos();
            List<Future<long[]>> workers = new ArrayList<>(concurrency);
            for (Connection connection : connections) {
                workers.add(threads.submit(() -> insertUntil(connection, measureFrom, measureUntil)));
            }
            List<long[]> perThread = new ArrayList<>(concurrency);
            for (Future<long[]> worker : workers) {
                perThread.add(worker.get());
            }
            long[] latencies = merge(perThread);
            Arrays.sort(latencies);
            double seconds = duration.toNanos() / 1e9;
            return new Result(concurrency, latencies.length, latencies.length / seconds,
                    Percentiles.percentileMillis(latencies, 50), Percentiles.percentileMillis(latencies, 99));
        } catch (SQLException e) {
            throw new IllegalStateException("the insert limit could not be measured on " + jdbcUrl, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an insert thread failed on " + jdbcUrl, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the insert limit", e);
        } finally {
            // stop the other threads first when one failed, so no connection is closed under a running insert
            threads.shutdownNow();
            awaitQuietly(threads);
            for (Connection connection : connections) {
                closeQuietly(connection);
            }
        }
    }

    private static void prepareTable(String jdbcUrl, Properties credentials) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS crud");
            statement.execute(CREATE_TABLE);
            // every measure call starts from an empty table, so index depth does not depend on earlier runs
            statement.execute("TRUNCATE crud.insert_limit");
        }
    }

    /** Inserts in a loop until {@code measureUntil}, recording the latency of each insert started after {@code measureFrom}. */
    private static long[] insertUntil(Connection connection, long measureFrom, long measureUntil) throws SQLException {
        LongArray latencies = new LongArray();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            while (!Thread.currentThread().isInterrupted()) {
                // the row's values are made before the clock starts: only the database round trip is timed
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setBytes(3, METADATA);
                insert.setBytes(4, PAYLOAD);
                insert.setString(5, Instant.now().toString());
                long start = System.nanoTime();
                if (start - measureUntil >= 0) {
                    break;
                }
                insert.executeUpdate();
                if (start - measureFrom >= 0) {
                    latencies.add(System.nanoTime() - start);
                }
            }
        }
        return latencies.toArray();
    }

    private static long[] merge(List<long[]> parts) {
        int total = 0;
        for (long[] part : parts) {
            total = Math.addExact(total, part.length);
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** JSON-looking bytes of an exact length, like a serialized event, so the row is as wide as a real one. */
    private static byte[] jsonOfLength(int length) {
        StringBuilder json = new StringBuilder("{\"customerId\":\"").append(new UUID(0, 0)).append("\",\"data\":\"");
        String tail = "\"}";
        while (json.length() < length - tail.length()) {
            json.append((char) ('a' + json.length() % 26));
        }
        return json.append(tail).toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static ThreadFactory numbered() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "insert-limit-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitQuietly(ExecutorService threads) {
        try {
            if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("insert threads still running 10 s after the measurement ended");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the measurement is done or already failed; a close failure changes neither, but say so
            log.warn("could not close an insert-limit connection", e);
        }
    }

    /** A growable array of primitive longs: a boxed list would allocate per sample and disturb the measurement. */
    private static final class LongArray {
        private long[] values = new long[1 << 14];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
