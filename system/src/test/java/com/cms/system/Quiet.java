package com.cms.system;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/** Waits until a reading stops changing, as the services finish reacting to earlier requests; bounded. */
final class Quiet {

    private static final Duration BOUND = Duration.ofSeconds(90);

    private Quiet() {
    }

    /** The reading once two in a row, {@code pause} apart, are equal; fails after 90 s of change. */
    static <T> T settled(Supplier<T> reading, Duration pause) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        T before = reading.get();
        while (true) {
            sleep(pause);
            T now = reading.get();
            if (Objects.equals(now, before)) {
                return now;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still changing after " + BOUND + ": " + now);
            }
            before = now;
        }
    }

    static void pause(Duration pause) {
        sleep(pause);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
