package dev.stsviz.differential;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.console.Console;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.apiserver.WatchEvent;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A scenario on the simulator: the same console, on virtual time. The state is sampled once per virtual instant (all
 * that happened at one instant is one change, as the window's source publishes it).
 */
final class SimulatorSide {
    static final String NAMESPACE = "default";
    private final Supplier<Simulation> simulations;

    /** {@code simulations} makes a fresh cluster like the control plane's: three empty Ready nodes, its profile, timings and runtime. */
    SimulatorSide(Supplier<Simulation> simulations) {
        this.simulations = simulations;
    }

    Observed run(Scenario scenario) {
        Simulation sim = simulations.get();
        ClusterState state = new ClusterState();
        for (HasMetadata object : sim.api().all()) {
            state.apply(ClusterChange.upsert(object));
        }
        Sampler sampler = new Sampler(state, NAMESPACE);
        Instant start = sim.now();
        sampler.sample(Duration.ZERO);
        InstantBatches batches = new InstantBatches(state, sampler, start, sim::now);
        sim.watch(batches::accept);
        SimulationConsoleBackend backend = new SimulationConsoleBackend(sim);
        List<Duration> commands = ScriptPacing.run(new Console(backend, Path.of("").toAbsolutePath()), backend, scenario.commands(),
                "simulator", () -> Duration.between(start, sim.now()));
        sim.runFor(scenario.settle());
        batches.flush();
        return sampler.observed(commands);
    }

    /** Applies watch events, sampling the state each time virtual time moves on. */
    private static final class InstantBatches {
        private final ClusterState state;
        private final Sampler sampler;
        private final Instant start;
        private final Supplier<Instant> clock;
        private Instant pending;

        InstantBatches(ClusterState state, Sampler sampler, Instant start, Supplier<Instant> clock) {
            this.state = state;
            this.sampler = sampler;
            this.start = start;
            this.clock = clock;
        }

        void accept(WatchEvent event) {
            Instant now = clock.get();
            if (pending != null && now.isAfter(pending)) {
                flush();
            }
            state.apply(event.type() == WatchEvent.Type.DELETED ? ClusterChange.delete(event.object()) : ClusterChange.upsert(event.object()));
            pending = now;
        }

        void flush() {
            if (pending != null) {
                sampler.sample(Duration.between(start, pending));
                pending = null;
            }
        }
    }
}
