package com.cms.platform.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Bounded waits for a read model to show the outcome of a command. */
public final class Awaiting {

    private static final long FIRST_PAUSE_MILLIS = 2;
    private static final long LONGEST_PAUSE_MILLIS = 5; // a primary-key read: cheap enough to ask often

    private Awaiting() {
    }

    /** Polls until the probe answers something or the bound passes; empty when it did not in time. */
    public static <T> Optional<T> await(Supplier<Optional<T>> probe, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            Optional<T> answer = probe.get();
            if (answer.isPresent() || System.nanoTime() >= deadline) {
                return answer;
            }
            sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an outcome", e);
        }
    }
}
