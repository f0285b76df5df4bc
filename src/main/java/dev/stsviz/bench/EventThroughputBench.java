package dev.stsviz.bench;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.view.model.IncrementalDiagramModel;

import java.util.List;

/**
 * {@code events_per_s}: watch-event-shaped changes per second through ClusterState into the view model. The
 * changes are pre-built (an informer hands over decoded objects); each batch is applied as one revision and
 * followed by one {@link IncrementalDiagramModel#update}, as the window does once per pulse. The model starts from
 * the loaded cluster (untimed), as the window's has after its first pulse.
 */
public final class EventThroughputBench {
    public static final String TARGET = ">= 50000";

    private final BenchConfig config;
    private final SyntheticCluster cluster;

    public EventThroughputBench(BenchConfig config, SyntheticCluster cluster) {
        this.config = config;
        this.cluster = cluster;
    }

    public Figure run() {
        List<ClusterChange> changes = cluster.statusChanges(config.batchSize() * config.batches());
        double perSecond = Measure.median(config.warmups(), config.runs(), () -> once(changes));
        return Figure.of("events_per_s", perSecond, "events/s", TARGET);
    }

    double once(List<ClusterChange> changes) {
        ClusterState state = cluster.load(); // untimed
        IncrementalDiagramModel model = new IncrementalDiagramModel(SyntheticCluster.NAMESPACE);
        model.update(state); // untimed: the first pulse builds everything
        long start = System.nanoTime();
        int models = 0;
        for (int from = 0; from < changes.size(); from += config.batchSize()) {
            state.applyAll(changes.subList(from, Math.min(changes.size(), from + config.batchSize())));
            models += model.update(state).nodes().isEmpty() ? 0 : 1;
        }
        double seconds = Measure.millisSince(start) / 1000.0;
        if (models == 0) {
            throw new IllegalStateException("empty diagram");
        }
        return changes.size() / seconds;
    }
}
