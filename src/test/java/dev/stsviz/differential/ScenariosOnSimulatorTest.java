package dev.stsviz.differential;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a control plane: every differential scenario's script runs on the simulator without a failed command, and
 * twice gives the same history (the simulator is deterministic, so a difference found is reproducible).
 */
class ScenariosOnSimulatorTest {

    @TestFactory
    Stream<DynamicTest> everyScenarioRunsOnTheSimulatorTheSameTwice() {
        return Scenario.all().stream().flatMap(s -> s.evictions().stream().sorted()
                .flatMap(eviction -> ControlPlaneMatch.profiles(eviction).stream()).map(profile -> DynamicTest.dynamicTest(s.name() + " (" + profile + ")", () -> {
            SimulatorSide side = new SimulatorSide(() -> ControlPlaneMatch.simulation(profile));
            Observed first = side.run(s);
            assertThat(first.states()).containsKey("sts/kubia");
            assertThat(side.run(s).describe()).isEqualTo(first.describe());
        })));
    }
}
