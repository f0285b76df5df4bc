package dev.stsviz.bench;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.RecordingFile;
import dev.stsviz.cluster.history.RecordingHeader;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Pod;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The history's figures without a window:
 * <ul>
 *     <li>{@code history_mb_per_100k_changes}: heap the history keeps for 100,000 pod status changes (a kubelet's
 *     updates, 20 a second, spread over all pods) on top of the synthetic cluster it recorded first;</li>
 *     <li>{@code recording_open_ms}: reading back one hour of the chapter's cluster on the simulator (scaling,
 *     deleting, a node lost and back, every few minutes) saved as a recording.</li>
 * </ul>
 */
public final class HistoryBench {
    static final String MB_TARGET = "< 100";
    static final String OPEN_TARGET = "< 1000";
    static final int CHANGES = 100_000;
    static final int PER_SECOND = 20;

    private final BenchConfig config;

    public HistoryBench(BenchConfig config) {
        this.config = config;
    }

    public List<Figure> run() {
        Figure memory = memory();
        Figure open;
        try {
            open = open();
        } catch (Exception e) {
            open = Figure.missing("recording_open_ms", "ms", OPEN_TARGET, e.getMessage());
        }
        return List.of(memory, open);
    }

    Figure memory() {
        SyntheticCluster cluster = SyntheticCluster.build(config.pods(), config.nodes());
        History history = new History(Long.MAX_VALUE); // nothing dropped: the figure is what keeping all of it costs
        Instant t = SyntheticCluster.NOW;
        history.record(t, cluster.initialChanges());
        long before = Measure.usedHeapAfterGc();
        int pods = cluster.pods().size();
        List<ClusterChange> batch = new ArrayList<>(PER_SECOND);
        for (int k = 0; k < CHANGES; k++) {
            int i = (int) ((k * 7919L) % pods);
            Pod pod = (Pod) cluster.podChange(i, k / pods, String.valueOf(100 + k), t).get(0).object();
            batch.add(ClusterChange.upsert(pod));
            if (batch.size() == PER_SECOND) {
                t = t.plusSeconds(1);
                history.record(t, batch);
                batch = new ArrayList<>(PER_SECOND);
            }
        }
        long after = Measure.usedHeapAfterGc();
        double mb = (after - before) / 1048576.0 * 100_000 / CHANGES;
        String note = "history's own estimate " + Figure.format(history.bytes() / 1048576.0) + " MB for all "
                + (history.end()) + " entries; " + history.markerCount() + " markers";
        if (history.end() < 0) {
            throw new IllegalStateException(); // keeps the history reachable until after the measurement
        }
        return new Figure("history_mb_per_100k_changes", mb, "MB", MB_TARGET, note);
    }

    Figure open() throws Exception {
        Path file = Files.createTempFile("stsviz-bench", ".stsrec");
        try {
            History hour = chapterHour();
            RecordingFile.write(file, new RecordingHeader(1, "simulator", "gke", "v1.24", Profile.MODERN.id(), hour.startTime()), hour);
            double ms = Measure.median(config.warmups() + 1, config.runs(), () -> {
                long start = System.nanoTime();
                try {
                    RecordingFile.read(file);
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                return Measure.millisSince(start);
            });
            return new Figure("recording_open_ms", ms, "ms", OPEN_TARGET, hour.end() + " changes, "
                    + Files.size(file) / 1024 + " KiB file");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One hour of the chapter's StatefulSet: scaled, pods deleted, a node lost and reconnected, over and over. */
    public static History chapterHour() {
        SimulatedClusterSource sim = new SimulatedClusterSource(() -> Simulation.chapterCluster(1, Profile.MODERN), () -> 0L);
        History history = new dev.stsviz.cluster.history.TimeShiftedSource(sim).history(); // records as the window does
        try {
            sim.start(false);
            for (int round = 0; round < 6; round++) { // 6 rounds of 10 virtual minutes
                sim.advance(Duration.ofSeconds(30));
                sim.actions().scale("default", "kubia", 4);
                sim.advance(Duration.ofMinutes(1));
                sim.actions().deletePod("default", "kubia-1");
                sim.advance(Duration.ofMinutes(1));
                String node = sim.state().get(Pod.class, "Pod", "default", "kubia-0").map(p -> p.getSpec().getNodeName()).orElseThrow();
                sim.actions().disconnectNode(node);
                sim.advance(Duration.ofMinutes(6));
                sim.actions().reconnectNode(node);
                sim.actions().scale("default", "kubia", 2);
                sim.advance(Duration.ofSeconds(90));
            }
            return history;
        } finally {
            sim.close();
        }
    }
}
