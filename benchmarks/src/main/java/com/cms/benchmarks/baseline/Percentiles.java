package com.cms.benchmarks.baseline;

/** Turns sorted latency samples into the percentiles the benchmark report prints. */
public final class Percentiles {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private Percentiles() {
    }

    /**
     * The nearest-rank percentile of {@code sortedNanos}, in milliseconds.
     *
     * @param sortedNanos latencies in nanoseconds, sorted ascending
     * @param p           the percentile as a percentage, 0 to 100 (50 for the median, 99 for p99)
     * @return the smallest sample that at least {@code p} percent of the samples are at or below,
     *         or {@link Double#NaN} when there are no samples (a run that completed nothing has no latency)
     */
    public static double percentileMillis(long[] sortedNanos, double p) {
        if (!(p >= 0.0 && p <= 100.0)) {
            throw new IllegalArgumentException("percentile must be between 0 and 100, was " + p);
        }
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        // nearest rank: no interpolation, so the answer is always a latency that really happened;
        // multiplying before dividing keeps whole ranks whole (99 of 100 is 99, not 99.00000000000001)
        int rank = (int) Math.ceil(p * sortedNanos.length / 100.0);
        int index = Math.max(0, Math.min(sortedNanos.length, rank) - 1);
        return sortedNanos[index] / NANOS_PER_MILLI;
    }
}
