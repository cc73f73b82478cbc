package com.cms.benchmarks;

import com.cms.benchmarks.LoadDriver.Result;
import com.cms.benchmarks.baseline.CrudBaseline;
import com.cms.benchmarks.baseline.InsertLimit;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The benchmark harness. Starts PostgreSQL (embedded unless SPRING_DATASOURCE_URL names one) and both services
 * as processes, drives them over HTTP, measures the same shapes against the single-row insert limit and a plain
 * CRUD design on the same PostgreSQL, and prints the figures, also into docs/BENCHMARKS.md.
 */
public final class Benchmarks {

    private static final int[] CONCURRENCY = {1, 4, 16};
    private static final List<String> SERVICE_JVM = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-XX:TieredStopAtLevel=1");

    private final Settings settings;
    private final Report report = new Report();
    private final Path logs;
    private String jdbcUrl;
    private ServiceProcess customers;
    private ServiceProcess bookings;

    private Benchmarks(Settings settings) throws Exception {
        this.settings = settings;
        this.logs = Files.createDirectories(Path.of("target", "benchmark-logs"));
    }

    /** What to run: events for the rebuild and growth figures, seconds per throughput point. */
    record Settings(long events, Duration point, int latencySamples, Path output) {

        static Settings from(String[] args) {
            Map<String, String> given = new java.util.HashMap<>();
            for (String arg : args) {
                String[] pair = arg.replaceFirst("^--", "").split("=", 2);
                given.put(pair[0], pair.length > 1 ? pair[1] : "true");
            }
            return new Settings(Long.parseLong(given.getOrDefault("events", "1000000")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("seconds", "10"))),
                    Integer.parseInt(given.getOrDefault("samples", "300")),
                    Path.of(given.getOrDefault("out", "docs/BENCHMARKS.md")));
        }
    }

    public static void main(String[] args) throws Exception {
        // the JDK's HTTP server writes headers and body apart; without this, delayed ACKs add 40 ms to the CRUD baseline
        System.setProperty("sun.net.httpserver.nodelay", "true");
        new Benchmarks(Settings.from(args)).run();
    }

    private void run() throws Exception {
        EmbeddedPostgres embedded = null;
        String configured = System.getenv("SPRING_DATASOURCE_URL");
        if (configured == null || configured.isBlank()) {
            embedded = EmbeddedPostgres.builder().setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "512MB").setRegisterShutdownHook(true).start();
            jdbcUrl = embedded.getJdbcUrl("postgres", "postgres");
        } else {
            jdbcUrl = configured;
        }
        try {
            report.machine(jdbcUrl, SERVICE_JVM);
            startServices();
            growth(10_000); // first, while the store is small
            baselines();
            commandThroughput("project", customers.url());
            latencies();
            mixedLoadDeletions();
            report.memory(customers.peakResidentMiB(), bookings.peakResidentMiB());
            growthAndRebuild();
            report.memory(customers.peakResidentMiB(), bookings.peakResidentMiB());
        } finally {
            stopServices();
            if (embedded != null) {
                embedded.close();
            }
        }
        String markdown = report.markdown(settings);
        System.out.println(markdown);
        Files.createDirectories(settings.output().toAbsolutePath().getParent());
        Files.writeString(settings.output(), markdown + keptNotes(settings.output()));
        System.out.println("written to " + settings.output());
    }

    /** The hand-written analysis below the marker survives a new run; the figures above it are replaced. */
    private static String keptNotes(Path output) throws java.io.IOException {
        String marker = "<!-- notes below are kept by ./bench -->";
        if (!Files.exists(output)) {
            return "\n" + marker + "\n";
        }
        String existing = Files.readString(output);
        int at = existing.indexOf(marker);
        return at < 0 ? "\n" + marker + "\n" : "\n" + existing.substring(at);
    }

    private void startServices() throws Exception {
        customers = ServiceProcess.start("customer-service", jar("customer-service"), 18081, jdbcUrl, SERVICE_JVM,
                List.of(), logs.resolve("customer-service.log"));
        bookings = ServiceProcess.start("booking-service", jar("booking-service"), 18082, jdbcUrl, SERVICE_JVM,
                List.of(), logs.resolve("booking-service.log"));
    }

    private void stopServices() throws InterruptedException {
        if (bookings != null) {
            bookings.close();
        }
        if (customers != null) {
            customers.close();
        }
    }

    private void baselines() throws Exception {
        for (int concurrency : CONCURRENCY) {
            InsertLimit.Result limit = InsertLimit.measure(jdbcUrl, "postgres", "", concurrency, settings.point());
            report.insertLimit(concurrency, limit.perSecond(), limit.p50Millis(), limit.p99Millis());
            log("insert limit c=%d: %.0f/s", concurrency, limit.perSecond());
        }
        try (CrudBaseline crud = new CrudBaseline(jdbcUrl, "postgres", "", 0)) {
            String url = "http://127.0.0.1:" + crud.port();
            commandThroughput("crud", url);
            report.latency("crud", "booking", LoadDriver.sequential("crud booking", settings.latencySamples(),
                    () -> Http.post(url + "/bookings", booking(customer(url))).status() == 201));
            report.latency("crud", "delete purge", deletions(url, false, settings.latencySamples()));
            report.latency("crud", "delete archive", deletions(url, true, settings.latencySamples()));
        }
    }

    private void commandThroughput(String design, String url) throws Exception {
        for (int concurrency : CONCURRENCY) {
            Result result = LoadDriver.run(design + " POST /customers", concurrency, Duration.ofSeconds(3),
                    settings.point(), () -> Http.post(url + "/customers", customerJson()).status() == 201);
            report.throughput(design, result);
            log("%s POST /customers c=%d: %.0f/s p50 %.1f ms p99 %.1f ms", design, concurrency, result.perSecond(),
                    result.p50(), result.p99());
        }
    }

    private void latencies() throws Exception {
        String customerUrl = customers.url();
        String bookingUrl = bookings.url();
        LoadDriver.sequential("warm-up", 50, () -> Http.post(bookingUrl + "/bookings",
                booking(customer(customerUrl))).status() == 201);
        report.latency("project", "booking", LoadDriver.sequential("booking", settings.latencySamples(),
                () -> Http.post(bookingUrl + "/bookings", booking(customer(customerUrl))).status() == 201));
        report.latency("project", "delete purge", projectDeletions(false, settings.latencySamples()));
        report.latency("project", "delete archive", projectDeletions(true, settings.latencySamples()));
    }

    /** Deletion latencies while 8 clients keep registering customers and booking them. */
    private void mixedLoadDeletions() throws Exception {
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread[] load = new Thread[8];
        for (int i = 0; i < load.length; i++) {
            load[i] = new Thread(() -> {
                while (loading.get()) {
                    try {
                        Http.post(bookings.url() + "/bookings", booking(customer(customers.url())));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            load[i].start();
        }
        try {
            report.latency("project", "delete purge under load", projectDeletions(false, settings.latencySamples() / 2));
            report.latency("project", "delete archive under load", projectDeletions(true, settings.latencySamples() / 2));
        } finally {
            loading.set(false);
            for (Thread thread : load) {
                thread.join();
            }
        }
    }

    private Result projectDeletions(boolean referenced, int count) throws Exception {
        List<String> prepared = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String customer = customer(customers.url());
            if (referenced) {
                Http.post(bookings.url() + "/bookings", booking(customer));
            }
            prepared.add(customer);
        }
        var next = prepared.iterator();
        String expected = referenced ? "ARCHIVED" : "PURGED";
        return LoadDriver.sequential("delete", count, () -> {
            Http.Answer answer = Http.delete(customers.url() + "/customers/" + next.next());
            return answer.status() == 200 && expected.equals(answer.json().path("outcome").asText());
        });
    }

    private Result deletions(String url, boolean referenced, int count) throws Exception {
        List<String> prepared = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String customer = customer(url);
            if (referenced) {
                Http.post(url + "/bookings", booking(customer));
            }
            prepared.add(customer);
        }
        var next = prepared.iterator();
        String expected = referenced ? "ARCHIVED" : "PURGED";
        return LoadDriver.sequential("crud delete", count, () -> {
            Http.Answer answer = Http.delete(url + "/customers/" + next.next());
            return answer.status() == 200 && expected.equals(answer.json().path("outcome").asText());
        });
    }

    private void growthAndRebuild() throws Exception {
        growth(settings.events());
        rebuild();
    }

    /** Fills the store to the size, restarts the services on it and measures POST /customers at concurrency 16. */
    private void growth(long size) throws Exception {
        stopServices();
        long written = new BulkLoader(jdbcUrl).fillTo(size);
        long head = head();
        skipReactionsTo(head);
        log("bulk-loaded %d events; the store holds %d", written, head);
        long catchUpStart = System.nanoTime();
        startServices();
        awaitReadModels(head);
        double catchUp = (System.nanoTime() - catchUpStart) / 1e9;
        report.catchUp(head, catchUp);
        Result result = LoadDriver.run("POST /customers with " + head + " events", 16, Duration.ofSeconds(3),
                settings.point(), () -> Http.post(customers.url() + "/customers", customerJson()).status() == 201);
        report.growth(head, result);
        log("with %d events: %.0f/s", head, result.perSecond());
    }

    private void rebuild() throws Exception {
        for (ServiceProcess service : List.of(customers, bookings)) {
            Http.post(service.url() + "/admin/replay", "");
            Http.Answer status;
            do {
                Thread.sleep(1_000);
                status = Http.get(service.url() + "/admin/replay");
            } while ("RUNNING".equals(status.json().path("state").asText()));
            report.rebuild(service == customers ? "customer-service" : "booking-service", status.json());
            log("rebuild %s", status.json());
        }
    }

    /** The bulk-loaded history already happened: the processors that react to it start after it. */
    private void skipReactionsTo(long head) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            for (String[] processor : new String[][] {{"customer", "customer-reference-requests"},
                    {"customer", "DeleteCustomerSagaProcessor"}, {"booking", "booking-customer-answers"}}) {
                try (var statement = connection.prepareStatement("""
                        UPDATE %s.tokenentry SET token = convert_to(?, 'UTF8'),
                            tokentype = 'org.axonframework.eventhandling.GapAwareTrackingToken'
                        WHERE processorname = ?""".formatted(processor[0]))) {
                    statement.setString(1, "{\"index\":" + head + ",\"gaps\":[]}");
                    statement.setString(2, processor[1]);
                    statement.executeUpdate();
                }
            }
        }
    }

    private void awaitReadModels(long head) throws Exception {
        while (!(caughtUp("customer", "customer-read-models", head) && caughtUp("booking", "booking-read-models", head))) {
            Thread.sleep(500);
        }
    }

    private boolean caughtUp(String schema, String processor, long head) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             var statement = connection.prepareStatement("""
                     SELECT count(*), count(index), min(index) FROM (
                         SELECT (convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint AS index
                         FROM %s.tokenentry WHERE processorname = ?) tokens""".formatted(schema))) {
            statement.setString(1, processor);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1) > 0 && result.getLong(1) == result.getLong(2) && result.getLong(3) >= head;
            }
        }
    }

    private long head() throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             var result = connection.createStatement().executeQuery(
                     "SELECT COALESCE(max(globalindex), 0) FROM events.domainevententry")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String customer(String url) throws Exception {
        Http.Answer created = Http.post(url + "/customers", customerJson());
        if (created.status() != 201) {
            throw new IllegalStateException("could not register a customer: " + created.status());
        }
        return created.json().path("id").asText();
    }

    private static String customerJson() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return "{\"name\":\"Bench " + id + "\",\"email\":\"" + id + "@example.com\",\"phone\":\"+1 555 0100\"}";
    }

    private static String booking(String customer) {
        return "{\"customerId\":\"" + customer + "\",\"startsAt\":\"2027-01-15T10:00:00Z\",\"description\":\"bench\"}";
    }

    private static Path jar(String service) throws Exception {
        try (var files = Files.list(Path.of(service, "target"))) {
            return files.filter(path -> path.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build " + service + " first: ./bench does"));
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
