package cn.gov.zhushan.plan.platform.test;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times one read for the scale benchmarks (not a test: it prints, it asserts nothing): a few warm-up calls,
 * then {@code runs} timed ones, and one line with p50 and p99 (nearest rank) in milliseconds.
 */
public final class ReadTimings {

    private ReadTimings() {
    }

    /** Timed calls per read: {@code -Dscale.runs=N} (default 50). */
    public static int runs() {
        return Integer.getInteger("scale.runs", 50);
    }

    /** The multiples of the demo data to fill the store to: {@code -Dscale.factors=1,10,100} (the default). */
    public static int[] scales() {
        return Arrays.stream(System.getProperty("scale.factors", "1,10,100").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).sorted().toArray();
    }

    /** Prints and returns the line; {@code read} must fail (throw) on a wrong answer, so nothing fast is wrong. */
    public static String time(String what, String scale, int warmUp, int runs, Supplier<?> read) {
        for (int i = 0; i < warmUp; i++) {
            read.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            read.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String line = String.format("SCALE BENCHMARK %-26s %-30s p50 %8.2f ms  p99 %8.2f ms  (%d runs)", what, scale,
                rank(nanos, 0.50) / 1e6, rank(nanos, 0.99) / 1e6, runs);
        System.out.println(line);
        return line;
    }

    private static long rank(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
