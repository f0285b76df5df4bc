package dev.stsviz.bench;

import java.time.Duration;

/**
 * The sizes one bench run uses. {@code pods}/{@code nodes} size the synthetic cluster of the throughput, model
 * and heap figures; the simulator figure has its own (smaller: it simulates every pod's lifecycle).
 */
public record BenchConfig(int pods, int nodes, int warmups, int runs, int simReplicas, int simNodes, Duration simVirtual,
                          int batchSize, int batches, int livePods) {

    public static BenchConfig full(int pods, int nodes) {
        return new BenchConfig(pods, nodes, 1, 5, 1000, 100, Duration.ofHours(1), 100, 50, 20_000);
    }

    /** Under a minute on two cores. Explicit --pods/--nodes still win. */
    public static BenchConfig quick(Integer pods, Integer nodes) {
        return new BenchConfig(pods == null ? 5000 : pods, nodes == null ? 1000 : nodes, 1, 3, 200, 20, Duration.ofMinutes(10),
                100, 50, 1000);
    }

    /** Tiny: for the smoke test (a few seconds). */
    public static BenchConfig tiny() {
        return new BenchConfig(500, 50, 0, 1, 20, 5, Duration.ofMinutes(3), 50, 4, 100);
    }

    public String header() {
        return "# pods=" + pods + " nodes=" + nodes + " runs=" + runs + " warmups=" + warmups
                + " sim_replicas=" + simReplicas + " sim_nodes=" + simNodes + " sim_virtual=" + simVirtual.toMinutes() + "min"
                + " batch=" + batchSize + "x" + batches + " cores=" + Runtime.getRuntime().availableProcessors()
                + " java=" + System.getProperty("java.version");
    }
}
