package dev.stsviz.bench;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.view.model.DiagramModel;

/**
 * {@code model_ms_20k}: wall time of one {@link DiagramModel#of} over the whole synthetic cluster. The window builds
 * one only on its first pulse, or after the state was cleared or its journal outrun; otherwise it updates by object.
 */
public final class ModelBuildBench {
    public static final String TARGET = "none (a rebuild from scratch: the first pulse after connecting)";

    private final BenchConfig config;
    private final SyntheticCluster cluster;

    public ModelBuildBench(BenchConfig config, SyntheticCluster cluster) {
        this.config = config;
        this.cluster = cluster;
    }

    public Figure run() {
        ClusterState state = cluster.load();
        double millis = Measure.median(Math.max(3, config.warmups() * 3), Math.max(5, config.runs() * 2), () -> once(state));
        return new Figure("model_ms_20k", millis, "ms", TARGET, config.pods() == 20_000 ? null : "measured at pods=" + config.pods());
    }

    static double once(ClusterState state) {
        long start = System.nanoTime();
        DiagramModel model = DiagramModel.of(state, SyntheticCluster.NAMESPACE);
        double millis = Measure.millisSince(start);
        if (model.nodes().isEmpty()) {
            throw new IllegalStateException("empty diagram");
        }
        return millis;
    }
}
