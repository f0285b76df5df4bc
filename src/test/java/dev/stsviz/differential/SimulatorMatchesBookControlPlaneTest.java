package dev.stsviz.differential;

import dev.stsviz.realcluster.ControlPlane;
import dev.stsviz.realcluster.RealCluster;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * The simulator against the real control plane on the book's NodeLost path (Kubernetes 1.24, the taint manager off, its --fast timings):
 * every scenario of {@code src/test/resources/differential} that names {@code nodelost}.
 */
@RealCluster(eviction = "nodelost")
class SimulatorMatchesBookControlPlaneTest {
    private final ControlPlane cluster;

    SimulatorMatchesBookControlPlaneTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return new DifferentialRun("nodelost", cluster, ControlPlaneMatch.profiles("nodelost")).tests();
    }
}
