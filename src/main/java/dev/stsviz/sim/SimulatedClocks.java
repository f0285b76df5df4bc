package dev.stsviz.sim;

import dev.stsviz.cluster.ControllerClocks;
import dev.stsviz.cluster.ControllerTimers;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.context.Images;
import dev.stsviz.sim.context.Profile.Capability;
import dev.stsviz.sim.context.Timings;
import dev.stsviz.sim.controllers.NodeLifecycleController;
import dev.stsviz.sim.kubelet.Kubelet;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's clocks as the window reads them: its timings and profile as {@link ControllerClocks} (exact), and
 * its controllers' pending deadlines as {@link ControllerTimers}. Read on the simulator's thread only.
 */
final class SimulatedClocks {
    private SimulatedClocks() {
    }

    static ControllerClocks settings(Simulation sim) {
        Timings t = sim.context().timings();
        return new ControllerClocks(Duration.ofMillis(t.nodeMonitorGracePeriod), Duration.ofMillis(t.podEvictionTimeout),
                t.defaultTolerationSeconds, Duration.ofMillis(t.leaseRenewInterval),
                sim.profile().has(Capability.TAINT_BASED_EVICTION), true, Images::ignoresSigterm);
    }

    /** Every node whose kubelet is silent or that the controller no longer counts Ready, and every pending eviction. */
    static ControllerTimers timers(Simulation sim) {
        Map<String, Long> pending = sim.taintEviction().pendingEvictions();
        Map<String, Instant> evictions = new TreeMap<>();
        pending.forEach((pod, millis) -> evictions.put(pod, at(sim, millis)));
        Map<String, ControllerTimers.NodeTimer> nodes = new TreeMap<>();
        boolean taints = sim.profile().has(Capability.TAINT_BASED_EVICTION);
        for (Kubelet kubelet : sim.kubelets()) {
            String name = kubelet.nodeName();
            boolean silent = !kubelet.isConnected();
            if (!silent && sim.nodeLifecycle().countsReady(name)) {
                continue; // a healthy node: nothing to count down (the usual case, asked on every tick)
            }
            NodeLifecycleController.Deadlines d = sim.nodeLifecycle().deadlines(name);
            Instant evictionAt = d.evictionAt() < 0 ? null : at(sim, d.evictionAt());
            if (taints) {
                evictionAt = null;
                for (Pod pod : sim.api().podsOnNode(name)) {
                    Instant podAt = evictions.get(pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName());
                    evictionAt = podAt != null && (evictionAt == null || podAt.isBefore(evictionAt)) ? podAt : evictionAt;
                }
            }
            nodes.put(name, new ControllerTimers.NodeTimer(lastHeartbeat(sim, name), silent,
                    silent && d.notReadyAt() >= 0 ? at(sim, d.notReadyAt()) : null, evictionAt));
        }
        return new ControllerTimers(nodes, evictions);
    }

    private static Instant lastHeartbeat(Simulation sim, String node) {
        Lease lease = sim.api().get(Lease.class, Kinds.LEASE, "kube-node-lease", node);
        return lease == null || lease.getSpec() == null || lease.getSpec().getRenewTime() == null ? null
                : lease.getSpec().getRenewTime().toInstant();
    }

    private static Instant at(Simulation sim, long virtualMillis) {
        return sim.engine().clock().epoch().plusMillis(virtualMillis);
    }
}
