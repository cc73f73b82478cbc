package com.cms.platform.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds a service's read models from position 0: stops its projection processors, resets their tokens
 * (their reset handlers empty the tables) and lets them read the log again, reporting progress meanwhile.
 * Sagas and the processors that send commands are never reset, so nothing is decided or sent again.
 * Run it with one instance of the service: another instance's claims make the reset fail (reported FAILED).
 */
public class ReadModelReplay {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelReplay.class);
    private static final Duration TICK = Duration.ofSeconds(1);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<String> processors;
    private final AtomicReference<ReplayStatus> status;

    public ReadModelReplay(EventProcessingConfiguration processing, TokenStore tokens, JdbcTemplate jdbc, Clock clock,
                           List<String> processors) {
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.clock = clock;
        this.processors = List.copyOf(processors);
        this.status = new AtomicReference<>(ReplayStatus.idle(this.processors));
    }

    public ReplayStatus status() {
        return status.get();
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public synchronized boolean start() {
        if (status.get().running()) {
            return false;
        }
        long target = jdbc.queryForObject("SELECT COALESCE(max(globalindex), 0) FROM events.domainevententry", Long.class);
        Instant startedAt = clock.instant();
        status.set(new ReplayStatus("RUNNING", processors, startedAt, null, 0, target, 0, 0, null));
        Thread runner = new Thread(() -> run(startedAt, target), "read-model-replay");
        runner.setDaemon(true);
        runner.start();
        return true;
    }

    private void run(Instant startedAt, long target) {
        try {
            Map<String, Integer> segments = new java.util.HashMap<>();
            for (String name : processors) {
                StreamingEventProcessor processor = processor(name);
                segments.put(name, tokens.fetchSegments(name).length);
                processor.shutDown();
                try {
                    processor.resetTokens();
                } finally {
                    processor.start(); // never leave a read model stopped, even when the reset failed
                }
            }
            LOG.info("replay of {} started: rebuilding from position 0 to {}", processors, target);
            long previous = 0;
            long previousAt = System.nanoTime();
            while (true) {
                Thread.sleep(TICK.toMillis());
                long position = lowestPosition(segments);
                long now = System.nanoTime();
                double rate = (position - previous) * 1e9 / Math.max(1, now - previousAt);
                previous = position;
                previousAt = now;
                boolean done = finished(segments, target);
                double percent = target == 0 ? 100 : Math.min(100, 100.0 * position / target);
                if (done) {
                    double seconds = Math.max(0.001, Duration.between(startedAt, clock.instant()).toMillis() / 1000.0);
                    status.set(new ReplayStatus("DONE", processors, startedAt, clock.instant(), Math.max(position, target),
                            target, 100, target / seconds, null));
                    LOG.info("replay of {} done: {} events in {} s ({} events/s)", processors, target,
                            String.format(Locale.ROOT, "%.1f", seconds),
                            String.format(Locale.ROOT, "%.0f", target / seconds));
                    return;
                }
                status.set(new ReplayStatus("RUNNING", processors, startedAt, null, position, target, percent, rate, null));
                LOG.info("replay of {}: {}% ({} of {}), {} events/s", processors,
                        String.format(Locale.ROOT, "%.1f", percent), position, target,
                        String.format(Locale.ROOT, "%.0f", rate));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(startedAt, target, e);
        } catch (RuntimeException e) {
            fail(startedAt, target, e);
        }
    }

    private void fail(Instant startedAt, long target, Exception e) {
        LOG.error("replay of {} failed", processors, e);
        status.set(new ReplayStatus("FAILED", processors, startedAt, clock.instant(), 0, target, 0, 0, e.toString()));
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor named " + name));
    }

    private long lowestPosition(Map<String, Integer> segments) {
        return segments.keySet().stream()
                .flatMap(name -> processor(name).processingStatus().values().stream())
                .mapToLong(segment -> segment.getCurrentPosition().orElse(0))
                .min().orElse(0);
    }

    /** Every segment claimed, caught up, and past the position the rebuild set out to reach. */
    private boolean finished(Map<String, Integer> segments, long target) {
        return segments.entrySet().stream().allMatch(entry -> {
            var statuses = processor(entry.getKey()).processingStatus().values();
            return statuses.size() == entry.getValue() && statuses.stream().allMatch(segment ->
                    segment.isCaughtUp() && segment.getCurrentPosition().orElse(0) >= target && !segment.isErrorState());
        });
    }
}
