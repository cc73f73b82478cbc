package com.cms.platform.eventstore;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the pooled processors' coordinators at a short interval. The embedded event store offers no
 * availability callback, and without one a coordinator looks for new events only every 500 ms.
 */
public final class AvailabilityTicker implements AutoCloseable {

    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-availability-ticker");
        thread.setDaemon(true);
        return thread;
    });

    public AvailabilityTicker(Duration interval) {
        long micros = interval.toNanos() / 1_000;
        timer.scheduleWithFixedDelay(() -> callbacks.forEach(Runnable::run), micros, micros, TimeUnit.MICROSECONDS);
    }

    void register(Runnable callback) {
        callbacks.add(callback);
    }

    void unregister(Runnable callback) {
        callbacks.remove(callback);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
