package dev.stsviz.differential;

import dev.stsviz.differential.ScaleDownVictims.RankClass;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.context.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's ReplicaSet deletes unassigned pods first, then not-ready ones, then ready ones, whatever its seed
 * (the order inside a class is its random draw); {@code ScaleDownVictimsMatchControlPlaneTest} compares the same steps
 * with a real control plane.
 */
class ScaleDownVictimsOnSimulatorTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42})
    void unassignedThenNotReadyThenReady(long seed) {
        ScaleDownVictims steps = new ScaleDownVictims(new SimulationConsoleBackend(Simulation.emptyCluster(seed, Profile.MODERN)),
                Duration.ofMinutes(5));
        assertThat(steps.run()).containsExactly(RankClass.UNASSIGNED, RankClass.UNASSIGNED, RankClass.NOT_READY, RankClass.READY);
    }
}
