package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.context.RuntimeModel;
import dev.stsviz.sim.context.SimulatorSettings;
import dev.stsviz.sim.context.TimingsPreset;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime models and timing presets as a pod's kubectl-visible timeline shows them: kubia pulls its image and
 * ignores SIGTERM; the instant runtime (kubemark's fake one) starts and stops containers at once, and the status shows
 * it at the kubelet's next relist, within a second, as measured on a 1.24 control plane with hollow nodes.
 */
class RuntimeModelTest {
    /** One kubectl-visible state of a pod ("READY STATUS") and when it began (virtual ms). */
    private record State(String pod, String text, long at) {
    }

    private final List<State> states = new ArrayList<>();

    private Simulation chapter(SimulatorSettings settings) {
        Simulation sim = Simulation.chapterCluster(1, settings, ClusterPreset.MINIKUBE, 3);
        sim.watch(e -> {
            if (e.object() instanceof Pod pod) {
                String name = pod.getMetadata().getName();
                String text = e.type() == WatchEvent.Type.DELETED ? "gone" : PodPrinter.ready(pod) + " " + PodPrinter.status(pod)
                        + (Pods.nodeName(pod) == null ? "" : " bound");
                State last = states.stream().filter(s -> s.pod.equals(name)).reduce((a, b) -> b).orElse(null);
                if (last == null || !last.text.equals(text)) {
                    states.add(new State(name, text, sim.engine().nowMillis()));
                }
            }
        });
        return sim;
    }

    private long at(String pod, String text) {
        return states.stream().filter(s -> s.pod.equals(pod) && s.text.equals(text)).mapToLong(State::at).findFirst().orElseThrow(
                () -> new AssertionError(pod + " never showed " + text + ": " + states));
    }

    @Test
    void instantContainersRunWithinARelistOfTheirStartAndDeletedPodsGoWithinASecond() {
        Simulation sim = chapter(SimulatorSettings.hollowNodes(Profile.V1_24));
        Kubectl kubectl = new Kubectl(sim);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(1))).isTrue();
        for (String pod : List.of("kubia-0", "kubia-1")) {
            long creating = at(pod, "0/1 ContainerCreating bound");
            assertThat(creating - at(pod, "0/1 Pending bound")).isEqualTo(50);
            assertThat(at(pod, "1/1 Running bound") - creating).isBetween(1L, 1_000L);
        }
        long deleted = sim.engine().nowMillis();
        sim.actions().deletePod("default", "kubia-0");
        sim.runFor(Duration.ofSeconds(5));
        List<State> afterDelete = states.stream().filter(s -> s.pod.equals("kubia-0") && s.at >= deleted).toList();
        assertThat(afterDelete).extracting(State::text).startsWith("1/1 Terminating bound", "0/1 Terminating bound", "gone");
        long gone = afterDelete.get(2).at;
        assertThat(gone - deleted).isBetween(51L, 1_050L);
    }

    @Test
    void kubiaPullsForTwoSecondsAndAStopWaitsOutTheGracePeriod() {
        Simulation sim = chapter(SimulatorSettings.of(Profile.V1_24));
        Kubectl kubectl = new Kubectl(sim);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        assertThat(at("kubia-0", "1/1 Running bound") - at("kubia-0", "0/1 ContainerCreating bound")).isEqualTo(2_000);
        long deleted = sim.engine().nowMillis();
        sim.actions().deletePod("default", "kubia-0");
        sim.runFor(Duration.ofSeconds(40));
        long gone = states.stream().filter(s -> s.pod.equals("kubia-0") && s.at >= deleted && s.text.equals("gone"))
                .mapToLong(State::at).findFirst().orElseThrow();
        assertThat(gone - deleted).isBetween(30_000L, 31_000L); // kubia-pet ignores SIGTERM: SIGKILL after 30 s
    }

    @Test
    void fastTimingsRenewAnEightSecondLeaseAndALostNodeIsNotReadyWithinTenSeconds() {
        Simulation sim = Simulation.emptyCluster(1, new SimulatorSettings(Profile.V1_24, TimingsPreset.FAST, RuntimeModel.INSTANT),
                ClusterPreset.MINIKUBE, 3);
        sim.runFor(Duration.ofSeconds(5));
        Lease lease = sim.api().get(Lease.class, Kinds.LEASE, "kube-node-lease", "minikube-m02");
        assertThat(lease.getSpec().getLeaseDurationSeconds()).isEqualTo(8);
        long disconnected = sim.engine().nowMillis();
        sim.actions().disconnectNode("minikube-m02");
        assertThat(sim.runUntil(() -> "NotReady".equals(NodePrinter.status(new Kubectl(sim).node("minikube-m02"))),
                Duration.ofSeconds(30))).isTrue();
        // the control plane with --fast: NotReady ~9 s after the freeze (grace 8 s after the last renewal, every 2 s)
        assertThat(sim.engine().nowMillis() - disconnected).isBetween(6_000L, 11_000L);
    }
}
