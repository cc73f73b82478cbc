package com.cms.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The plain CRUD design the product started from, behind the same HTTP shape, so the benchmarks can show what event sourcing costs. */
public final class CrudBaseline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CrudBaseline.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int HTTP_THREADS = 64;
    private static final int POOL_SIZE = 32;
    // the JDK default backlog (50) refuses connections when a load driver opens many at once
    private static final int BACKLOG = 1024;
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private static final String[] SCHEMA = {
            "CREATE SCHEMA IF NOT EXISTS crud",
            // dropped and recreated so every run starts from empty tables and the same plans
            "DROP TABLE IF EXISTS crud.booking",
            "DROP TABLE IF EXISTS crud.customer",
            """
            CREATE TABLE crud.customer (
                id uuid PRIMARY KEY,
                name varchar(200) NOT NULL,
                email varchar(320) NOT NULL,
                phone varchar(40),
                deleted boolean NOT NULL DEFAULT false,
                created_at timestamptz NOT NULL DEFAULT now())""",
            """
            CREATE TABLE crud.booking (
                id uuid PRIMARY KEY,
                customer_id uuid NOT NULL REFERENCES crud.customer(id),
                starts_at timestamptz,
                description varchar(1000),
                status varchar(20) NOT NULL)"""
    };

    private final HikariDataSource pool;
    private final ExecutorService executor;
    private final HttpServer server;

    public CrudBaseline(String jdbcUrl, String user, String password, int port) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("crud-baseline");
        // assigned before the server starts: a request can arrive the moment start() returns
        this.pool = new HikariDataSource(config);
        ExecutorService threads = null;
        try {
            createSchema(pool);
            threads = Executors.newFixedThreadPool(HTTP_THREADS, httpThreads());
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), BACKLOG);
            http.createContext("/customers", this::customers);
            http.createContext("/bookings", this::bookings);
            http.setExecutor(threads);
            this.executor = threads;
            this.server = http;
            http.start();
        } catch (IOException | SQLException | RuntimeException e) {
            // a half-started baseline would leak its pool and threads into the rest of the benchmark run
            if (threads != null) {
                threads.shutdownNow();
            }
            pool.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not start the CRUD baseline on port " + port, io);
            }
            if (e instanceof SQLException sql) {
                throw new IllegalStateException("could not create the CRUD baseline schema", sql);
            }
            throw (RuntimeException) e;
        }
    }

    /** The port the baseline listens on, the free one chosen when it was started with port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        pool.close();
    }

    private static void createSchema(HikariDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        }
    }

    private static ThreadFactory httpThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "crud-http-" + count.incrementAndGet());
            // a benchmark that forgets close() must still be able to exit
            thread.setDaemon(true);
            return thread;
        };
    }

    // ---- routing --------------------------------------------------------------------------------------------

    private void customers(HttpExchange exchange) {
        serve(exchange, (method, id, body) -> {
            if (id == null) {
                requireMethod(method, "POST");
                return registerCustomer(body);
            }
            return switch (method) {
                case "GET" -> findCustomer(uuid(id, "customer id"));
                case "DELETE" -> deleteCustomer(uuid(id, "customer id"));
                default -> throw methodNotAllowed("GET, DELETE");
            };
        });
    }

    private void bookings(HttpExchange exchange) {
        serve(exchange, (method, id, body) -> {
            if (id == null) {
                requireMethod(method, "POST");
                return createBooking(body);
            }
            requireMethod(method, "DELETE");
            return deleteBooking(uuid(id, "booking id"));
        });
    }

    @FunctionalInterface
    private interface Route {
        /** @param id the path segment after the collection, or null for the collection itself */
        Response handle(String method, String id, byte[] body) throws SQLException;
    }

    private record Response(int status, Object body, String location) {
        static Response ok(Object body) {
            return new Response(200, body, null);
        }

        static Response noContent() {
            return new Response(204, null, null);
        }
    }

    /** An answer other than success, sent as a problem detail. */
    private static final class Problem extends RuntimeException {
        private final int status;
        private final String title;
        private final String allow;

        Problem(int status, String title, String detail, String allow) {
            super(detail, null, false, false);
            this.status = status;
            this.title = title;
            this.allow = allow;
        }
    }

    private static void serve(HttpExchange exchange, Route route) {
        try {
            // read the whole body first, so the connection can be kept alive and reused by the load driver
            byte[] body = exchange.getRequestBody().readAllBytes();
            String context = exchange.getHttpContext().getPath();
            String rest = exchange.getRequestURI().getPath().substring(context.length());
            String id;
            if (rest.isEmpty() || rest.equals("/")) {
                id = null;
            } else if (rest.startsWith("/") && rest.indexOf('/', 1) < 0) {
                id = rest.substring(1);
            } else {
                // the context also matches "/customersX" and "/customers/a/b"
                throw new Problem(404, "Not Found", "no such resource: " + exchange.getRequestURI().getPath(), null);
            }
            send(exchange, route.handle(exchange.getRequestMethod(), id, body));
        } catch (Problem problem) {
            sendProblem(exchange, problem);
        } catch (Exception e) {
            log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            sendProblem(exchange, new Problem(500, "Internal Server Error", "the CRUD baseline failed: " + e, null));
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        if (response.location() != null) {
            exchange.getResponseHeaders().set("Location", response.location());
        }
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        write(exchange, response.status(), "application/json", JSON.writeValueAsBytes(response.body()));
    }

    private static void sendProblem(HttpExchange exchange, Problem problem) {
        if (exchange.getResponseCode() != -1) {
            // the headers are already out: the client sees a cut response, and the failure is logged above
            return;
        }
        ObjectNode body = JSON.createObjectNode()
                .put("type", "about:blank")
                .put("title", problem.title)
                .put("status", problem.status)
                .put("detail", problem.getMessage());
        if (problem.allow != null) {
            exchange.getResponseHeaders().set("Allow", problem.allow);
        }
        try {
            write(exchange, problem.status, "application/problem+json", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            // most likely the client went away; nothing more can be told to it
            log.warn("could not send a {} problem to {}", problem.status, exchange.getRemoteAddress(), e);
        }
    }

    private static void write(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---- customers ------------------------------------------------------------------------------------------

    private Response registerCustomer(byte[] body) throws SQLException {
        JsonNode request = jsonObject(body);
        String name = text(request, "name", true, 200);
        String email = text(request, "email", true, 320);
        String phone = text(request, "phone", false, 40);
        UUID id = UUID.randomUUID();
        try (Connection connection = pool.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO crud.customer (id, name, email, phone) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setString(3, email);
            insert.setString(4, phone);
            insert.executeUpdate();
        }
        return new Response(201, customerView(id, name, email, phone, false), "/customers/" + id);
    }

    private Response findCustomer(UUID id) throws SQLException {
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT name, email, phone, deleted FROM crud.customer WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw notFound("customer " + id);
                }
                return Response.ok(customerView(id, row.getString(1), row.getString(2), row.getString(3),
                        row.getBoolean(4)));
            }
        }
    }

    private Response deleteCustomer(UUID id) throws SQLException {
        int rows;
        String outcome;
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // a failed statement aborts the whole PostgreSQL transaction; rolling back to this savepoint
                // undoes only the DELETE, so the archiving UPDATE runs in a usable transaction
                Savepoint beforeDelete = connection.setSavepoint();
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM crud.customer WHERE id = ?")) {
                    delete.setObject(1, id);
                    rows = delete.executeUpdate();
                    outcome = "PURGED";
                } catch (SQLException e) {
                    if (!FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    // bookings reference the customer: keep the row for them, only mark it deleted
                    connection.rollback(beforeDelete);
                    try (PreparedStatement archive = connection.prepareStatement(
                            "UPDATE crud.customer SET deleted = true WHERE id = ?")) {
                        archive.setObject(1, id);
                        rows = archive.executeUpdate();
                        outcome = "ARCHIVED";
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        }
        if (rows == 0) {
            throw notFound("customer " + id);
        }
        return Response.ok(JSON.createObjectNode().put("customerId", id.toString()).put("outcome", outcome));
    }

    private static ObjectNode customerView(UUID id, String name, String email, String phone, boolean deleted) {
        return JSON.createObjectNode()
                .put("id", id.toString())
                .put("name", name)
                .put("email", email)
                .put("phone", phone)
                .put("status", deleted ? "ARCHIVED" : "ACTIVE");
    }

    // ---- bookings -------------------------------------------------------------------------------------------

    private Response createBooking(byte[] body) throws SQLException {
        JsonNode request = jsonObject(body);
        UUID customerId = uuid(text(request, "customerId", true, 36), "customerId");
        OffsetDateTime startsAt = instant(text(request, "startsAt", false, 64));
        String description = text(request, "description", false, 1000);
        UUID id = UUID.randomUUID();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                String customerName;
                // FOR SHARE holds the customer row until commit, so a concurrent DELETE waits and then sees
                // this booking (and archives), or deletes first and this SELECT finds nothing (and refuses)
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT deleted, name FROM crud.customer WHERE id = ? FOR SHARE")) {
                    lock.setObject(1, customerId);
                    try (ResultSet row = lock.executeQuery()) {
                        if (!row.next()) {
                            throw conflict("customer " + customerId + " does not exist");
                        }
                        if (row.getBoolean(1)) {
                            throw conflict("customer " + customerId + " is archived");
                        }
                        customerName = row.getString(2);
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO crud.booking (id, customer_id, starts_at, description, status) "
                                + "VALUES (?, ?, ?, ?, 'CONFIRMED')")) {
                    insert.setObject(1, id);
                    insert.setObject(2, customerId);
                    insert.setObject(3, startsAt);
                    insert.setString(4, description);
                    insert.executeUpdate();
                }
                connection.commit();
                ObjectNode booking = JSON.createObjectNode().put("id", id.toString()).put("status", "CONFIRMED");
                booking.putObject("customer")
                        .put("id", customerId.toString())
                        .put("name", customerName)
                        .put("status", "ACTIVE");
                return new Response(201, booking, "/bookings/" + id);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        }
    }

    private Response deleteBooking(UUID id) throws SQLException {
        try (Connection connection = pool.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM crud.booking WHERE id = ?")) {
            delete.setObject(1, id);
            if (delete.executeUpdate() == 0) {
                // the real booking service answers 404 for a booking it never had
                throw notFound("booking " + id);
            }
        }
        return Response.noContent();
    }

    // ---- request parsing and problems -----------------------------------------------------------------------

    private static JsonNode jsonObject(byte[] body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) {
            throw badRequest("the body must be a JSON object");
        }
        return node;
    }

    /** A string field, checked against its column's length so a long value is a 400 and not a database error. */
    private static String text(JsonNode request, String field, boolean required, int maxLength) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw badRequest(field + " is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw badRequest(field + " must be a string");
        }
        String text = value.textValue();
        if (required && text.isBlank()) {
            throw badRequest(field + " must not be blank");
        }
        if (text.length() > maxLength) {
            throw badRequest(field + " must be at most " + maxLength + " characters");
        }
        return text;
    }

    private static UUID uuid(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw badRequest(what + " is not a UUID: " + text);
        }
    }

    private static OffsetDateTime instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            // pgjdbc binds OffsetDateTime to timestamptz; the real service takes an ISO-8601 Instant
            return Instant.parse(text).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw badRequest("startsAt is not an ISO-8601 instant: " + text);
        }
    }

    private static void requireMethod(String method, String allowed) {
        if (!allowed.equals(method)) {
            throw methodNotAllowed(allowed);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // keep the original failure as the one reported; the pool discards a broken connection
            cause.addSuppressed(e);
        }
    }

    private static Problem badRequest(String detail) {
        return new Problem(400, "Bad Request", detail, null);
    }

    private static Problem notFound(String what) {
        return new Problem(404, "Not Found", "no such resource: " + what, null);
    }

    private static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail, null);
    }

    private static Problem methodNotAllowed(String allowed) {
        return new Problem(405, "Method Not Allowed", "allowed: " + allowed, allowed);
    }
}
