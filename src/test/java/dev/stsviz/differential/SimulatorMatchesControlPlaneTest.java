package dev.stsviz.differential;

import dev.stsviz.realcluster.ControlPlane;
import dev.stsviz.realcluster.RealCluster;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * The simulator against the real control plane with taint-based eviction (Kubernetes 1.24, its --fast timings):
 * every scenario of {@code src/test/resources/differential} that names {@code taint}.
 */
@RealCluster(eviction = "taint")
class SimulatorMatchesControlPlaneTest {
    private final ControlPlane cluster;

    SimulatorMatchesControlPlaneTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return new DifferentialRun("taint", cluster, ControlPlaneMatch.profiles("taint")).tests();
    }
}
