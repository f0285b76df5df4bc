package dev.stsviz.realcluster;

import org.junit.jupiter.api.Test;

/** The book's Kubernetes: no taint manager; the lost node's pod gets reason NodeLost and prints Unknown. */
@RealCluster(eviction = "nodelost")
class NodeLossBookTest {
    private final ControlPlane cluster;

    NodeLossBookTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @Test
    void aLostNodesPodStaysUnknownUntilForceDeleted() {
        NodeLossScenario.run(cluster, "Unknown");
    }
}
