package com.cms.system;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Asks again until the answer shows what another service learns from the event stream, within a bound. */
final class Eventually {

    private static final long BOUND_MILLIS = 10_000;

    private Eventually() {
    }

    /** The first answer that matches, or the last one asked when none did in time (the caller's assertion fails). */
    static <T> T get(Supplier<T> ask, Predicate<T> matches) {
        long deadline = System.currentTimeMillis() + BOUND_MILLIS;
        T answer = ask.get();
        while (!matches.test(answer) && System.currentTimeMillis() < deadline) {
            Quiet.pause(java.time.Duration.ofMillis(20));
            answer = ask.get();
        }
        return answer;
    }
}
