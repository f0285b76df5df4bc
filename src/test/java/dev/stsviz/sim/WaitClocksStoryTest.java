package dev.stsviz.sim;

import dev.stsviz.cluster.ControllerClocks;
import dev.stsviz.cluster.ControllerTimers;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.NodeClock;
import dev.stsviz.cluster.PodClock;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.Volumes;
import dev.stsviz.cluster.WhyWaiting;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waits' clocks on the simulator come from its controllers' own timers, so a countdown ends when the thing
 * happens: the node goes NotReady, the pod is evicted, to the tenth of a second the test steps by.
 */
class WaitClocksStoryTest {
    private static final Duration STEP = Duration.ofMillis(100);
    private Simulation sim;
    private Kubectl kubectl;

    private void start(Profile profile) {
        sim = Simulation.chapterCluster(7, profile);
        kubectl = new Kubectl(sim);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(2))).isTrue();
    }

    private ControllerClocks clocks() {
        return SimulatedClocks.settings(sim);
    }

    /** What the node's column says now. */
    private List<String> column(String node) {
        List<PodClock> pods = sim.api().podsOnNode(node).stream().map(p -> PodClock.of(p, clocks())).toList();
        NodeClock clock = NodeClock.of(kubectl.node(node), pods, null, clocks(), SimulatedClocks.timers(sim));
        return clock == null ? List.of() : clock.lines(sim.now());
    }

    private String why() {
        return WhyWaiting.explainAll(sim.api().list(StatefulSet.class, Kinds.STATEFUL_SET, "default"),
                sim.api().list(Pod.class, Kinds.POD, "default"), sim.api().list(Node.class, Kinds.NODE, null),
                sim.api().list(PersistentVolumeClaim.class, Kinds.PVC, "default"),
                Volumes.of(sim.api().list(PersistentVolume.class, Kinds.PV, null),
                        sim.api().list(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT, null)),
                clocks(), SimulatedClocks.timers(sim), sim.now()).get(0);
    }

    /** Steps virtual time by a tenth of a second until the text shows; false after {@code limit}. */
    private boolean stepUntil(Supplier<String> text, String wanted, Duration limit) {
        for (long t = 0; t <= limit.toMillis(); t += STEP.toMillis()) {
            if (text.get().contains(wanted)) {
                return true;
            }
            sim.runFor(STEP);
        }
        return false;
    }

    private String nodeStatus(String node) {
        return NodePrinter.status(kubectl.node(node));
    }

    private String podStatus(String pod) {
        return PodPrinter.status(kubectl.pod(pod));
    }

    @Test
    void modernALostNodeCountsDownToNotReadyThenToTheTaintEviction() {
        start(Profile.MODERN);
        String node = kubectl.pod("kubia-0").getSpec().getNodeName();
        assertThat(column(node)).isEmpty();

        sim.actions().disconnectNode(node);
        // at once: the kubelet is silent, the column says since when
        assertThat(column(node).get(0)).matches("⚡✂ kubelet silent, last heartbeat \\d+ s ago");
        assertThat(stepUntil(() -> String.join("\n", column(node)), "NotReady in 28 s", Duration.ofSeconds(60))).isTrue();
        sim.runFor(Duration.ofMillis(27_800));
        assertThat(nodeStatus(node)).isEqualTo("Ready");
        assertThat(column(node)).contains("NotReady in 1 s");
        sim.runFor(Duration.ofMillis(200));
        assertThat(nodeStatus(node)).isEqualTo("NotReady");

        // the NoExecute taint is on: the pods' 300 s toleration counts from when the taint controller saw it
        assertThat(stepUntil(() -> String.join("\n", column(node)), "evicted in 4:31", Duration.ofMinutes(1))).isTrue();
        assertThat(column(node).get(0)).startsWith("⚡✂ kubelet silent, last heartbeat ");
        assertThat(why()).isEqualTo("waiting for kubia-0 to be Running and Ready (node " + node + " NotReady; evicted in 4:31)");
        sim.runFor(Duration.ofMillis(270_800));
        assertThat(Pods.isTerminating(kubectl.pod("kubia-0"))).isFalse();
        sim.runFor(Duration.ofMillis(200));
        assertThat(podStatus("kubia-0")).isEqualTo("Terminating");
        assertThat(column(node)).containsExactly(column(node).get(0)); // nothing left to evict: only the silence
        assertThat(why()).isEqualTo("kubia-0 stuck Terminating, not replaced: at-most-one — the controller cannot know the pod on "
                + node + " has stopped; force delete or reconnect");

        sim.actions().reconnectNode(node);
        sim.runFor(Duration.ofSeconds(20));
        assertThat(column(node)).isEmpty();
    }

    @Test
    void bookTheNodeControllerEvictsPodEvictionTimeoutAfterTheLastHeartbeat() {
        start(Profile.BOOK);
        String node = kubectl.pod("kubia-0").getSpec().getNodeName();
        sim.actions().disconnectNode(node);
        assertThat(stepUntil(() -> String.join("\n", column(node)), "NotReady in 10 s", Duration.ofSeconds(60))).isTrue();
        sim.runFor(Duration.ofMillis(9_800));
        assertThat(nodeStatus(node)).isEqualTo("Ready");
        sim.runFor(Duration.ofMillis(200));
        assertThat(nodeStatus(node)).isEqualTo("NotReady");

        // counted from the last heartbeat, not from NotReady: 4:20 are left when the node goes NotReady
        assertThat(column(node)).contains("evicted in 4:21");
        assertThat(stepUntil(() -> String.join("\n", column(node)), "evicted in 4:01", Duration.ofMinutes(5))).isTrue();
        assertThat(why()).isEqualTo("waiting for kubia-0 to be Running and Ready (node " + node + " NotReady; evicted in 4:01)");
        sim.runFor(Duration.ofMillis(240_800));
        assertThat(podStatus("kubia-0")).isEqualTo("Running");
        // DeletePods: the reason NodeLost is written first (kubectl prints it), the delete a round trip later (Unknown)
        assertThat(sim.runUntil(() -> !"Running".equals(podStatus("kubia-0")), Duration.ofMillis(200))).isTrue();
        assertThat(podStatus("kubia-0")).isEqualTo("NodeLost");
        long nodeLostAt = sim.engine().nowMillis();
        assertThat(sim.runUntil(() -> !"NodeLost".equals(podStatus("kubia-0")), Duration.ofSeconds(1))).isTrue();
        assertThat(podStatus("kubia-0")).isEqualTo("Unknown");
        assertThat(sim.engine().nowMillis()).isGreaterThan(nodeLostAt);
        assertThat(why()).isEqualTo("kubia-0 stuck Unknown, not replaced: at-most-one — the controller cannot know the pod on "
                + node + " has stopped; force delete or reconnect");
    }

    @Test
    void aScaledDownPodsGracePeriodCountsDownUntilTheKubeletKillsIt() {
        start(Profile.MODERN);
        sim.actions().scale("default", "kubia", 1);
        String prefix = "scaling down: kubia-1 Terminating: luksa/kubia-pet ignores SIGTERM, the kubelet waits out the 30 s grace period (";
        assertThat(stepUntil(this::why, prefix + "18 s left)", Duration.ofSeconds(30))).isTrue();
        assertThat(PodClock.of(kubectl.pod("kubia-1"), clocks()).graceLeft(sim.now())).isEqualTo("18 s left");
        sim.runFor(Duration.ofSeconds(17));
        assertThat(why()).isEqualTo(prefix + "1 s left)");
        // the kubelet kills it at the end of the period (deletionTimestamp has whole seconds, the kill does not)
        assertThat(sim.runUntil(() -> kubectl.pod("kubia-1") == null, Duration.ofSeconds(3))).isTrue();
        assertThat(why()).isEqualTo("up to date: 1/1 ready");
    }

    @Test
    void theLineForgetsTheSchedulersOldMessageOnceThePodIsBound() {
        sim = Simulation.chapterCluster(1, Profile.MODERN);
        kubectl = new Kubectl(sim);
        boolean sawUnschedulable = false;
        while (kubectl.pod("kubia-0") == null || Pods.nodeName(kubectl.pod("kubia-0")) == null) {
            assertThat(sim.step()).isTrue();
            sawUnschedulable |= why().startsWith("kubia-0 Pending: 0/3 nodes are available");
        }
        assertThat(sawUnschedulable).as("the scheduler first failed on the unbound claim").isTrue();
        // bound: the binding turned PodScheduled True, as the API server's does, before the kubelet posts a status
        assertThat(Pods.condition(kubectl.pod("kubia-0"), "PodScheduled").getStatus()).isEqualTo("True");
        assertThat(why()).isEqualTo("waiting for kubia-0 to be Running and Ready (Pending)");
    }
}
