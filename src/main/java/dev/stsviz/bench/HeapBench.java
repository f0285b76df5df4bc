package dev.stsviz.bench;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.view.model.IncrementalDiagramModel;

import java.lang.ref.Reference;

/**
 * {@code heap_mb_20k}: live heap (after full collections) held by the synthetic cluster loaded into a
 * ClusterState plus the window's incremental view model (its model and indexes), minus the live heap just before.
 */
public final class HeapBench {
    public static final String TARGET = "< 1024";

    private final BenchConfig config;

    public HeapBench(BenchConfig config) {
        this.config = config;
    }

    public Figure run() {
        double mb = Measure.median(0, Math.min(3, config.runs()), this::once);
        return new Figure("heap_mb_20k", mb, "MB", TARGET, config.pods() == 20_000 ? null : "measured at pods=" + config.pods());
    }

    double once() {
        long baseline = Measure.usedHeapAfterGc();
        ClusterState state = SyntheticCluster.build(config.pods(), config.nodes()).load(); // the builder's lists die here
        IncrementalDiagramModel model = new IncrementalDiagramModel(SyntheticCluster.NAMESPACE);
        model.update(state);
        long loaded = Measure.usedHeapAfterGc();
        Reference.reachabilityFence(state);
        Reference.reachabilityFence(model);
        return Math.max(0, loaded - baseline) / (1024.0 * 1024.0);
    }
}
