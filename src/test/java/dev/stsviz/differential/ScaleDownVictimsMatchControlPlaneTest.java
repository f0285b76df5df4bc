package dev.stsviz.differential;

import dev.stsviz.console.WithNodeFaults;
import dev.stsviz.differential.ScaleDownVictims.RankClass;
import dev.stsviz.live.console.LiveConsoleBackend;
import dev.stsviz.realcluster.ControlPlane;
import dev.stsviz.realcluster.NodeFreezer;
import dev.stsviz.realcluster.RealCluster;
import dev.stsviz.sim.SimulationConsoleBackend;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ReplicaSet's scale-down victims, class by class, on the real control plane (Kubernetes 1.24, taint-based
 * eviction, a frozen hollow node) and on the simulator (a node cut off). The simulator's ReplicaSet controller ports
 * 1.24's ranking; the simulator is set up as this control plane runs (profile v1.24, its timings and runtime).
 */
@RealCluster(eviction = "taint")
class ScaleDownVictimsMatchControlPlaneTest {
    private final ControlPlane cluster;

    ScaleDownVictimsMatchControlPlaneTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @Test
    void theSameClassesGoInTheSameOrder() {
        List<RankClass> real;
        String namespace = cluster.createNamespace("victims");
        try (KubernetesClient admin = cluster.client("admin")) {
            ScaleDownVictims steps = new ScaleDownVictims(
                    new WithNodeFaults(new LiveConsoleBackend(admin, namespace), new NodeFreezer(cluster)), Duration.ofSeconds(120));
            try {
                real = steps.run();
            } finally {
                steps.cleanUp();
                cluster.kubectlResult("delete", "namespace", namespace, "--wait=false");
            }
        }
        List<RankClass> simulated = new ScaleDownVictims(
                new SimulationConsoleBackend(ControlPlaneMatch.simulation("v1.24")), Duration.ofMinutes(5)).run();
        assertThat(simulated).as("simulator (actual) vs control plane (expected)").isEqualTo(real);
        assertThat(real).containsExactly(RankClass.UNASSIGNED, RankClass.UNASSIGNED, RankClass.NOT_READY, RankClass.READY);
    }
}
