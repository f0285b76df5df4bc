package dev.stsviz.bench;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sim_speed}: virtual seconds per wall second. A Parallel StatefulSet of R replicas on M nodes is brought
 * up (not timed), then the simulator runs for the virtual duration with a node disconnect or reconnect every
 * virtual minute (disconnect n1, reconnect n1, disconnect n2, ...): only that run phase is timed.
 */
public final class SimSpeedBench {
    public static final String TARGET = ">= 10000";

    private final BenchConfig config;

    public SimSpeedBench(BenchConfig config) {
        this.config = config;
    }

    /**
     * The first run (cold: the JIT has barely started) is reported on its own line; the figure is the median after
     * {@value #WARMUPS_PER_CONFIG} warm-up runs per configured warm-up, because the JIT keeps improving the
     * controllers' loops for about four simulated hours of this workload before the speed settles.
     */
    public List<Figure> run() {
        double cold = once();
        int warmups = Math.max(0, config.warmups() * WARMUPS_PER_CONFIG - 1);
        double speed = Measure.median(warmups, config.runs(), this::once);
        return List.of(new Figure("sim_speed_first_run", cold, "x_realtime", null, "the cold first run, for reference"),
                Figure.of("sim_speed", speed, "x_realtime", TARGET));
    }

    static final int WARMUPS_PER_CONFIG = 4;

    /** One setup (untimed) plus one timed run phase; returns virtual seconds per wall second. */
    double once() {
        Simulation sim = cluster(config.simReplicas(), config.simNodes());
        List<String> nodes = sim.api().list(HasMetadata.class, Kinds.NODE, null).stream().map(n -> n.getMetadata().getName()).toList();
        Duration virtual = config.simVirtual();
        long minutes = Math.max(1, virtual.toMinutes());
        Duration step = virtual.dividedBy(minutes);
        long start = System.nanoTime();
        for (int minute = 0; minute < minutes; minute++) {
            String node = nodes.get((minute / 2) % nodes.size());
            if (minute % 2 == 0) {
                sim.actions().disconnectNode(node);
            } else {
                sim.actions().reconnectNode(node);
            }
            sim.runFor(step);
        }
        double wallSeconds = Measure.millisSince(start) / 1000.0;
        return virtual.toMillis() / 1000.0 / wallSeconds;
    }

    /** The chapter's service and StatefulSet, made Parallel with {@code replicas}, on {@code nodeCount} nodes, all pods ready. */
    static Simulation cluster(int replicas, int nodeCount) {
        Simulation sim = Simulation.emptyCluster(42, Profile.MODERN);
        int existing = sim.api().list(HasMetadata.class, Kinds.NODE, null).size();
        for (int i = existing; i < nodeCount; i++) {
            sim.addNode(null);
        }
        List<HasMetadata> objects = new ArrayList<>(Manifests.bundled("kubia-service-headless.yaml"));
        for (HasMetadata object : Manifests.bundled("kubia-statefulset.yaml")) {
            if (object instanceof StatefulSet set) {
                objects.add(new StatefulSetBuilder(set).editSpec().withPodManagementPolicy("Parallel").withReplicas(replicas).endSpec().build());
            } else {
                objects.add(object);
            }
        }
        sim.apply(objects);
        // poll every 5 virtual seconds: a per-step condition would list all pods after every event
        long deadline = sim.elapsed().plusHours(2).toMillis();
        while (readyPods(sim) < replicas && sim.elapsed().toMillis() < deadline) {
            sim.runFor(Duration.ofSeconds(5));
        }
        if (readyPods(sim) < replicas) {
            throw new IllegalStateException("sim_speed setup: only " + readyPods(sim) + "/" + replicas + " pods ready after 2 virtual hours");
        }
        return sim;
    }

    private static long readyPods(Simulation sim) {
        return sim.api().list(Pod.class, Kinds.POD, "default").stream().filter(Pods::isReady).count();
    }
}
