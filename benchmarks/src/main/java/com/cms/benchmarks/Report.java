package com.cms.benchmarks;

import com.cms.benchmarks.LoadDriver.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the figures of a run and writes them as the tables of docs/BENCHMARKS.md, with their ratios. */
final class Report {

    private final List<String> machine = new ArrayList<>();
    private final Map<Integer, double[]> insertLimit = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Result>> throughput = new LinkedHashMap<>();
    private final Map<String, Map<String, Result>> latency = new LinkedHashMap<>();
    private final List<String> rebuild = new ArrayList<>();
    private final List<String> catchUp = new ArrayList<>();
    private final Map<Long, Result> growth = new LinkedHashMap<>();
    private double customerMemory;
    private double bookingMemory;
    private double rebuildSlowest = Double.MAX_VALUE;

    void machine(String jdbcUrl, List<String> jvm) throws Exception {
        machine.add("date: " + LocalDate.now());
        machine.add("cores: " + Runtime.getRuntime().availableProcessors());
        machine.add("memory: " + firstLine("/proc/meminfo", "MemTotal"));
        machine.add("cpu: " + firstLine("/proc/cpuinfo", "model name"));
        machine.add("java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.add("services' JVM options: " + String.join(" ", jvm));
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            for (String setting : List.of("server_version", "shared_buffers", "max_connections", "synchronous_commit",
                    "fsync", "wal_level", "work_mem")) {
                try (var result = connection.createStatement().executeQuery("SHOW " + setting)) {
                    result.next();
                    machine.add("PostgreSQL " + setting + ": " + result.getString(1));
                }
            }
        }
        machine.add("everything on this one machine: PostgreSQL, both services, the load driver");
    }

    void insertLimit(int concurrency, double perSecond, double p50, double p99) {
        insertLimit.put(concurrency, new double[] {perSecond, p50, p99});
    }

    void throughput(String design, Result result) {
        throughput.computeIfAbsent(design, d -> new LinkedHashMap<>()).put(result.concurrency(), result);
    }

    void latency(String design, String what, Result result) {
        latency.computeIfAbsent(what, w -> new LinkedHashMap<>()).put(design, result);
    }

    void memory(double customer, double booking) {
        customerMemory = Math.max(customerMemory, customer);
        bookingMemory = Math.max(bookingMemory, booking);
    }

    void catchUp(long events, double seconds) {
        catchUp.add(row(events, f1(seconds), f0(events / seconds)));
    }

    void growth(long events, Result result) {
        growth.put(events, result);
    }

    void rebuild(String service, JsonNode status) {
        double rate = status.path("eventsPerSecond").asDouble();
        rebuildSlowest = Math.min(rebuildSlowest, rate);
        rebuild.add(row(service, status.path("state").asText(), status.path("targetPosition").asLong(), f0(rate)));
    }

    String markdown(Benchmarks.Settings settings) {
        StringBuilder md = new StringBuilder("# Benchmarks\n\n");
        md.append("Produced by `./bench` (`").append(settings.events()).append("` events, ")
                .append(settings.point().toSeconds()).append(" s a throughput point, ")
                .append(settings.latencySamples()).append(" latency samples). Latencies in ms.\n\n## Machine\n\n");
        machine.forEach(line -> md.append("- ").append(line).append('\n'));

        md.append("\n## 1. Command throughput: `POST /customers`\n\n")
                .append("| concurrency | project/s | p50 | p99 | insert limit/s | project / limit | CRUD/s | CRUD p99 | project / CRUD |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (var entry : insertLimit.entrySet()) {
            Result project = throughput.getOrDefault("project", Map.of()).get(entry.getKey());
            Result crud = throughput.getOrDefault("crud", Map.of()).get(entry.getKey());
            md.append(row(entry.getKey(), f0(project.perSecond()), f1(project.p50()), f1(project.p99()),
                    f0(entry.getValue()[0]), f2(project.perSecond() / entry.getValue()[0]), f0(crud.perSecond()),
                    f1(crud.p99()), f2(project.perSecond() / crud.perSecond()))).append('\n');
        }

        md.append("\n## 2–3. Booking confirmation and deletion decision latency\n\n")
                .append("| measure | project p50 | project p99 | CRUD p50 | CRUD p99 | project / CRUD (p99) |\n")
                .append("|---|---|---|---|---|---|\n");
        for (var entry : latency.entrySet()) {
            Result project = entry.getValue().get("project");
            Result crud = entry.getValue().get("crud");
            md.append(row(entry.getKey() + (project != null ? " (" + project.operations() + ")" : ""),
                    project == null ? "" : f1(project.p50()), project == null ? "" : f1(project.p99()),
                    crud == null ? "–" : f1(crud.p50()), crud == null ? "–" : f1(crud.p99()),
                    project == null || crud == null ? "–" : f1(project.p99() / crud.p99()))).append('\n');
        }

        md.append("\n## 4. Rebuild throughput (`POST /admin/replay`)\n\n| service | state | events | events/s |\n|---|---|---|---|\n");
        rebuild.forEach(line -> md.append(line).append('\n'));
        md.append("\nRead models catching up after a bulk load (both services at once, from a restart):\n\n")
                .append("| events in the store | seconds | events/s |\n|---|---|---|\n");
        catchUp.forEach(line -> md.append(line).append('\n'));

        md.append("\n## 5. Growth: `POST /customers` at concurrency 16\n\n| events stored | /s | p50 | p99 |\n|---|---|---|---|\n");
        growth.forEach((events, result) -> md.append(row(events, f0(result.perSecond()), f1(result.p50()),
                f1(result.p99()))).append('\n'));

        md.append("\n## 6. Memory: peak resident set (VmHWM) under load\n\n| service | MiB |\n|---|---|\n")
                .append(row("customer-service", f0(customerMemory))).append('\n')
                .append(row("booking-service", f0(bookingMemory))).append('\n');

        md.append("\n## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        Result c16 = throughput.get("project").get(16);
        double limit16 = insertLimit.get(16)[0];
        target(md, "command throughput ≥ 0.5 × insert limit (c=16)", f2(c16.perSecond() / limit16) + " ×",
                c16.perSecond() >= 0.5 * limit16);
        Result booking = latency.get("booking").get("project");
        target(md, "booking confirmation p99 ≤ 50 ms unloaded", f1(booking.p99()) + " ms", booking.p99() <= 50);
        Result purge = latency.get("delete purge").get("project");
        Result archive = latency.get("delete archive").get("project");
        target(md, "deletion decision p99 ≤ 50 ms unloaded (purge / archive)",
                f1(purge.p99()) + " / " + f1(archive.p99()) + " ms", purge.p99() <= 50 && archive.p99() <= 50);
        target(md, "rebuild ≥ 20,000 events/s", f0(rebuildSlowest) + " events/s (slowest service)",
                rebuildSlowest >= 20_000);
        List<Result> sizes = new ArrayList<>(growth.values());
        double ratio = sizes.size() < 2 ? Double.NaN : sizes.get(1).perSecond() / sizes.get(0).perSecond();
        target(md, "throughput with the large store ≥ 90% of the small one", f2(ratio) + " ×", ratio >= 0.9);
        target(md, "each service < 512 MB resident", f0(customerMemory) + " / " + f0(bookingMemory) + " MiB",
                customerMemory < 512 && bookingMemory < 512);
        return md.toString();
    }

    private static void target(StringBuilder md, String target, String measured, boolean met) {
        md.append(row(target, measured, met ? "yes" : "**no**")).append('\n');
    }

    private static String row(Object... cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(' ').append(cell).append(" |");
        }
        return row.toString();
    }

    private static String f0(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String f1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String f2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String firstLine(String file, String prefix) throws Exception {
        return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
    }
}
