package dev.stsviz.differential;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {
    private static final Scenario SCENARIO = Scenario.parse("s", "# tolerance: 2s\nkubectl get pods\n");

    private static TimedState at(double seconds, String state) {
        return new TimedState(Duration.ofMillis(Math.round(seconds * 1000)), state);
    }

    private static Observed states(List<TimedState> pod) {
        return new Observed(Map.of("pod/kubia-0", pod), Map.of(), List.of());
    }

    @Test
    void theSameStatesWithinTheToleranceAgree() {
        Observed sim = states(List.of(at(0, "0/1 Pending"), at(3, "1/1 Running")));
        Observed real = states(List.of(at(0.4, "0/1 Pending"), at(4.9, "1/1 Running")));
        assertThat(Comparison.compare("v1.24", SCENARIO, sim, real)).isEmpty();
    }

    @Test
    void aStateBegunTooLateIsATimeDifference() {
        Observed sim = states(List.of(at(0, "0/1 Pending"), at(3, "1/1 Running")));
        Observed real = states(List.of(at(0, "0/1 Pending"), at(5.5, "1/1 Running")));
        assertThat(Comparison.compare("v1.24", SCENARIO, sim, real)).singleElement().satisfies(d -> {
            assertThat(d.aspect()).isEqualTo("times");
            assertThat(d.detail()).isEqualTo("\"1/1 Running\" began at 3.0s on the simulator, 5.5s on the control plane");
        });
    }

    @Test
    void anExtraStateIsAStatesDifferenceAndHidesTheTimes() {
        Observed sim = states(List.of(at(0, "0/1 Pending"), at(3, "1/1 Running")));
        Observed real = states(List.of(at(0, "0/1 Pending"), at(1, "0/1 ContainerCreating"), at(9, "1/1 Running")));
        assertThat(Comparison.compare("v1.24", SCENARIO, sim, real)).singleElement().satisfies(d -> {
            assertThat(d.aspect()).isEqualTo("states");
            assertThat(d.detail()).isEqualTo("simulator [0.0s 0/1 Pending → 3.0s 1/1 Running] | control plane "
                    + "[0.0s 0/1 Pending → 1.0s 0/1 ContainerCreating → 9.0s 1/1 Running]");
        });
    }

    @Test
    void aStateTooShortToBeSeenOnOneSideIsPassedOver() {
        Observed sim = states(List.of(at(0, "0/1 Pending <none>"), at(1, "0/1 Pending n1"), at(1.05, "0/1 ContainerCreating n1"), at(2, "1/1 Running n1")));
        Observed real = states(List.of(at(0, "0/1 Pending <none>"), at(1.1, "0/1 ContainerCreating n1"), at(2.2, "1/1 Running n1")));
        assertThat(Comparison.compare("v1.24", SCENARIO, sim, real)).isEmpty();
        Observed lasting = states(List.of(at(0, "0/1 Pending <none>"), at(1, "0/1 Pending n1"), at(6, "0/1 ContainerCreating n1"), at(7, "1/1 Running n1")));
        assertThat(Comparison.compare("v1.24", SCENARIO, lasting, real)).extracting(Difference::aspect).containsExactly("states");
    }

    @Test
    void briefStatesOnBothSidesAreAlignedWhateverTheirOrder() {
        Observed sim = states(List.of(at(0, "A"), at(5, "X"), at(6, "B"), at(20, "C")));
        Observed real = states(List.of(at(0, "A"), at(5, "Y"), at(6, "X"), at(7, "B"), at(20, "C")));
        assertThat(Comparison.compare("v1.24", SCENARIO, sim, real)).isEmpty();
    }

    @Test
    void eventsCompareAsSetsPerObject() {
        Observed sim = new Observed(Map.of(), Map.of("pod/kubia-0", new TreeSet<>(List.of("Scheduled: a", "Started: b"))), List.of());
        Observed real = new Observed(Map.of(), Map.of("pod/kubia-0", new TreeSet<>(List.of("Started: b", "Pulled: c"))), List.of());
        assertThat(Comparison.compare("v1.24", SCENARIO, sim, real)).extracting(Difference::detail)
                .containsExactly("simulator only: Scheduled: a", "control plane only: Pulled: c");
    }

    @Test
    void anObjectOnOneSideOnlyIsNamed() {
        Observed sim = states(List.of(at(0, "0/1 Pending")));
        Observed real = new Observed(Map.of(), Map.of(), List.of());
        assertThat(Comparison.compare("v1.24", SCENARIO, sim, real)).extracting(Difference::detail)
                .containsExactly("simulator only: [0.0s 0/1 Pending]");
    }

    @Test
    void acceptedDifferencesComeFromTheDocumentsTable() {
        AcceptedDifferences accepted = AcceptedDifferences.parse("""
                ## Accepted differences

                | id | profiles | scenarios | object | aspect | difference | why | since |
                |---|---|---|---|---|---|---|---|
                | D1 | v1.24, book | node-loss-*, chapter-story | pod/kubia-* | events | `control plane only: Pulled: *` | kubemark | 1.24 |
                | D2 | * | * | sts/kubia | states | `simulator [*] \\| control plane [*]` | a pipe | 1.24 |

                ## Another section
                | D9 | * | * | * | * | * | not a row of the table | |
                """);
        assertThat(accepted.rows()).extracting(AcceptedDifferences.Row::id).containsExactly("D1", "D2");
        assertThat(accepted.acceptor(new Difference("v1.24", "node-loss-reconnect", "pod/kubia-1", "events", "control plane only: Pulled: x")).id())
                .isEqualTo("D1");
        assertThat(accepted.acceptor(new Difference("v1.24", "rollback", "pod/kubia-1", "events", "control plane only: Pulled: x"))).isNull();
        assertThat(accepted.acceptor(new Difference("v1.24", "rollback", "sts/kubia", "states", "simulator [a] | control plane [b]")).id())
                .isEqualTo("D2");
        assertThat(accepted.acceptor(new Difference("v1.24", "rollback", "sts/kubia", "times", "simulator [a] | control plane [b]"))).isNull();
        assertThat(accepted.acceptor(new Difference("modern", "chapter-story", "pod/kubia-1", "events", "control plane only: Pulled: x"))).isNull();
    }

    @Test
    void theControlPlanesTimesAreAlignedOnTheCommandsStarts() {
        Observed real = new Observed(Map.of("pod/kubia-0", List.of(at(0.5, "a"), at(4.5, "b"), at(9, "c"))), Map.of(),
                List.of(Duration.ZERO, Duration.ofSeconds(4)));
        Observed aligned = real.alignedTo(List.of(Duration.ZERO, Duration.ofSeconds(1)));
        assertThat(aligned.states().get("pod/kubia-0")).containsExactly(at(0.5, "a"), at(1.5, "b"), at(6, "c"));
    }

    @Test
    void nodesAreNamedByTheOrderPodsWerePlacedOnThem() {
        NodeRoles roles = new NodeRoles(List.of("minikube-m03", "minikube"), List.of("minikube", "minikube-m02", "minikube-m03"));
        assertThat(roles.rename("1/1 Running minikube-m03 | minikube | minikube-m02 | node/minikube"))
                .isEqualTo("1/1 Running node-1 | node-2 | node-3 | node/node-2");
        NodeRoles fates = NodeRoles.byFate(List.of("minikube", "minikube-m02", "minikube-m03"), java.util.Set.of("minikube-m02"));
        assertThat(fates.rename("1/1 Terminating minikube-m02, then Running minikube-m03"))
                .isEqualTo("1/1 Terminating lost-node, then Running a-node");
    }
}
