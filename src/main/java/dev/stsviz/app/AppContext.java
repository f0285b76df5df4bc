package dev.stsviz.app;

import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;

import java.util.List;
import java.util.function.Supplier;

/** The composition root: builds the sources the window shows (the simulator or a live context). No singletons. */
public final class AppContext {
    private final Supplier<Simulation> simulations;
    private final String kubeconfig;
    final String initialContext;
    final String initialNamespace;
    final boolean readOnly;
    private SimulatedClusterSource prepared;

    public AppContext(Supplier<Simulation> simulations, String kubeconfig, String context, String namespace, boolean readOnly) {
        this.simulations = simulations;
        this.kubeconfig = kubeconfig;
        this.initialContext = context;
        this.initialNamespace = namespace;
        this.readOnly = readOnly;
    }

    /** Reset builds a fresh simulation from the same options: the same seed tells the same story. */
    private SimulatedClusterSource createSimulator() {
        return new SimulatedClusterSource(simulations, System::nanoTime);
    }

    /** Starts building the first simulator now (before the window opens), when the app starts on the simulator. */
    void prepareSimulator() {
        if (initialContext == null && prepared == null) {
            prepared = createSimulator();
            prepared.prepare();
        }
    }

    /** The simulator prepared at start the first time, a new one afterwards. */
    SimulatedClusterSource simulator() {
        SimulatedClusterSource sim = prepared != null ? prepared : createSimulator();
        prepared = null;
        return sim;
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
