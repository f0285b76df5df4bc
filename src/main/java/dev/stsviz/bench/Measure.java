package dev.stsviz.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;

/** Warm-up, then the median of several runs; wall-clock helpers. */
public final class Measure {

    /** Runs {@code run} {@code warmups} times unrecorded, then {@code runs} times; returns the median result. */
    public static double median(int warmups, int runs, DoubleSupplier run) {
        for (int i = 0; i < warmups; i++) {
            run.getAsDouble();
        }
        List<Double> results = new ArrayList<>();
        for (int i = 0; i < Math.max(1, runs); i++) {
            results.add(run.getAsDouble());
        }
        return median(results);
    }

    public static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Used heap after a few full collections (System.gc is a hint: repeat until it settles). */
    public static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 6; i++) {
            System.gc();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = rt.totalMemory() - rt.freeMemory();
            if (i >= 2 && Math.abs(previous - used) < 256 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }

    private Measure() {
    }
}
