package dev.stsviz.cluster.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;

import java.time.Duration;
import java.util.List;

/**
 * The chapter's story on the simulator, recorded into a history: scale up, a pod deleted, a node lost (NotReady,
 * pods Terminating), a pod force-deleted, the node back, a scale down. Shared by the recording tests.
 */
final class RecordedStory {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final RecordingHeader HEADER = new RecordingHeader(1, "simulator", "minikube", "v1.31.0", "modern", Simulation.EPOCH);

    private RecordedStory() {
    }

    /** Runs the story on {@code sim} (started, not ticking): every change reaches the sources' recorders. */
    static void play(SimulatedClusterSource sim) {
        sim.advance(Duration.ofSeconds(60));
        sim.actions().scale("default", "kubia", 3);
        sim.advance(Duration.ofSeconds(60));
        sim.actions().deletePod("default", "kubia-0");
        sim.advance(Duration.ofSeconds(60));
        String node = sim.state().get(Pod.class, Kinds.POD, "default", "kubia-1").orElseThrow().getSpec().getNodeName();
        sim.actions().disconnectNode(node);
        sim.advance(Duration.ofSeconds(400));
        sim.actions().forceDeletePod("default", "kubia-1");
        sim.advance(Duration.ofSeconds(60));
        sim.actions().reconnectNode(node);
        sim.advance(Duration.ofSeconds(60));
        sim.actions().scale("default", "kubia", 1);
        sim.advance(Duration.ofSeconds(90));
    }

    /** The story's history (chunks of 16 entries: many sealed chunks), under {@code budget}. */
    static History history(long budget) {
        SimulatedClusterSource sim = new SimulatedClusterSource(() -> Simulation.chapterCluster(3, Profile.MODERN), () -> 0L);
        History history = new History(budget, 16);
        new TimeShiftedSource(sim, history);
        try {
            sim.start(false);
            play(sim);
        } finally {
            sim.close();
        }
        return history;
    }

    /** Every object of a moment, as JSON, in key order. */
    static String json(List<HasMetadata> objects) {
        try {
            return JSON.writeValueAsString(objects);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
