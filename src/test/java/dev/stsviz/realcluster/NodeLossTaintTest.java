package dev.stsviz.realcluster;

import org.junit.jupiter.api.Test;

/** Today's clusters: taint-based eviction deletes the lost node's pod, which prints Terminating and stays. */
@RealCluster(eviction = "taint")
class NodeLossTaintTest {
    private final ControlPlane cluster;

    NodeLossTaintTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @Test
    void aLostNodesPodStaysTerminatingUntilForceDeleted() {
        NodeLossScenario.run(cluster, "Terminating");
    }
}
