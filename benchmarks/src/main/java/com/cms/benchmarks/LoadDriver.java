package com.cms.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one operation from many threads for a while and reports throughput and latency percentiles. */
final class LoadDriver {

    private LoadDriver() {
    }

    /** What a run measured; latencies in milliseconds. */
    record Result(String name, int concurrency, long operations, long failures, double perSecond, double p50, double p99) {
    }

    /** An operation that answers whether it succeeded as the contract says. */
    interface Operation {
        boolean run() throws Exception;
    }

    /** Runs for {@code warmUp} without counting, then for {@code duration}, from {@code concurrency} threads. */
    static Result run(String name, int concurrency, Duration warmUp, Duration duration, Operation operation)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try {
            long measureFrom = System.nanoTime() + warmUp.toNanos();
            long end = measureFrom + duration.toNanos();
            List<Future<long[]>> workers = new ArrayList<>();
            long[] failures = new long[concurrency];
            for (int t = 0; t < concurrency; t++) {
                int thread = t;
                workers.add(threads.submit((Callable<long[]>) () -> {
                    Latencies latencies = new Latencies();
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= end) {
                            return latencies.toArray();
                        }
                        boolean ok = operation.run();
                        long took = System.nanoTime() - start;
                        if (start >= measureFrom) {
                            if (ok) {
                                latencies.add(took);
                            } else {
                                failures[thread]++;
                            }
                        }
                    }
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get());
            }
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(name, concurrency, merged.length, Arrays.stream(failures).sum(),
                    merged.length / (duration.toNanos() / 1e9), percentile(merged, 50), percentile(merged, 99));
        } finally {
            threads.shutdownNow();
        }
    }

    /** Runs an operation {@code count} times in a row (unloaded latency) and reports its percentiles. */
    static Result sequential(String name, int count, Operation operation) throws Exception {
        long[] latencies = new long[count];
        long failures = 0;
        long started = System.nanoTime();
        int done = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            boolean ok = operation.run();
            if (ok) {
                latencies[done++] = System.nanoTime() - start;
            } else {
                failures++;
            }
        }
        long[] measured = Arrays.copyOf(latencies, done);
        Arrays.sort(measured);
        return new Result(name, 1, done, failures, done / ((System.nanoTime() - started) / 1e9),
                percentile(measured, 50), percentile(measured, 99));
    }

    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    /** A growable array of latencies, so a long run does not box millions of longs. */
    private static final class Latencies {
        private long[] values = new long[1 << 14];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
