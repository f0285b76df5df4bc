package dev.stsviz.app;

import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.ClusterPreset;

import java.util.List;
import java.util.function.Function;

/** The composition root: builds the sources the window shows (the simulator or a live context). No singletons. */
public final class AppContext {
    private final Function<ClusterPreset, Simulation> simulations;
    final ClusterPreset initialCluster;
    private final String kubeconfig;
    final String initialContext;
    final String initialNamespace;
    final boolean readOnly;
    private SimulatedClusterSource prepared;
    /** The lesson the window opens with (--lesson), or null. */
    dev.stsviz.lesson.Lesson lesson;
    /** The simulator's profile as the options chose it (a recording's header names it). */
    dev.stsviz.sim.context.Profile profile = dev.stsviz.sim.context.Profile.MODERN;
    /** Where the first source is recorded as it goes (--record), or null. */
    java.nio.file.Path record;
    /** The recording the window opens with instead of a cluster (replay FILE), or null. */
    dev.stsviz.cluster.history.Recording replay;
    java.nio.file.Path replayFile;

    /** @param simulations builds the simulation for a kind of cluster (the same options each time: same story) */
    public AppContext(Function<ClusterPreset, Simulation> simulations, ClusterPreset initialCluster, String kubeconfig,
                      String context, String namespace, boolean readOnly) {
        this.simulations = simulations;
        this.initialCluster = initialCluster;
        this.kubeconfig = kubeconfig;
        this.initialContext = context;
        this.initialNamespace = namespace;
        this.readOnly = readOnly;
    }

    /** Reset builds a fresh simulation from the same options: the same seed tells the same story. */
    private SimulatedClusterSource createSimulator(ClusterPreset cluster) {
        return new SimulatedClusterSource(() -> simulations.apply(cluster), System::nanoTime);
    }

    /** Starts building the first simulator now (before the window opens), when the app starts on the simulator. */
    void prepareSimulator() {
        if (initialContext == null && prepared == null) {
            prepared = createSimulator(initialCluster);
            prepared.prepare();
        }
    }

    /** The simulator prepared at start the first time (when it is of that kind), a new one afterwards. */
    SimulatedClusterSource simulator(ClusterPreset cluster) {
        SimulatedClusterSource sim = prepared != null && cluster == initialCluster ? prepared : createSimulator(cluster);
        if (prepared != null && sim != prepared) {
            prepared.close();
        }
        prepared = null;
        return sim;
    }

    /** The kinds of cluster the picker offers, the default first. */
    List<String> clusters() {
        return java.util.Arrays.stream(ClusterPreset.values()).map(ClusterPreset::id).toList();
    }

    /** May block (exec plugins, slow servers): call it off the FX thread. */
    public LiveSession openLive(String context, String namespace) {
        return LiveSession.open(KubeContexts.load(kubeconfig), context, namespace, readOnly);
    }

    /** The kubeconfig's contexts for the picker; none when there is no usable kubeconfig. */
    public List<String> contexts() {
        try {
            return KubeContexts.load(kubeconfig).contextNames();
        } catch (RuntimeException e) { // no usable kubeconfig: the simulator only
            return List.of();
        }
    }
}
