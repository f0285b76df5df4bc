package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the waits last, from hand-built API objects as a live cluster returns them (estimated, "~") and from the
 * simulator's timers (exact); and the why-line that kept an old scheduler message after the pod was bound.
 */
class WaitClocksTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String SET_UID = "uid-kubia";
    /** The simulator's settings: the chapter's image is known to ignore SIGTERM. */
    private static final ControllerClocks SIMULATOR = new ControllerClocks(Duration.ofSeconds(40), Duration.ofMinutes(5), 300,
            Duration.ofSeconds(10), true, true, image -> image.startsWith("luksa/kubia"));

    private static StatefulSet kubia(int replicas) {
        StatefulSet base = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
        return new StatefulSetBuilder(base).editMetadata().withNamespace("default").withUid(SET_UID).endMetadata()
                .editSpec().withReplicas(replicas).withPodManagementPolicy("OrderedReady").endSpec()
                .withNewStatus().withReplicas(replicas).endStatus().build();
    }

    private static PodBuilder pod(int ordinal, String node) {
        String name = "kubia-" + ordinal;
        String since = NOW.minus(Duration.ofMinutes(10)).toString();
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").withUid("uid-" + name)
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("StatefulSet").withName("kubia").withUid(SET_UID)
                .withController(true).endOwnerReference().endMetadata()
                .withNewSpec().withNodeName(node)
                .addNewContainer().withName("kubia").withImage("luksa/kubia-pet").endContainer()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data-" + name)
                .endPersistentVolumeClaim().endVolume()
                // what the DefaultTolerationSeconds admission plugin adds
                .addNewToleration().withKey("node.kubernetes.io/not-ready").withOperator("Exists").withEffect("NoExecute")
                .withTolerationSeconds(300L).endToleration()
                .addNewToleration().withKey("node.kubernetes.io/unreachable").withOperator("Exists").withEffect("NoExecute")
                .withTolerationSeconds(300L).endToleration()
                .endSpec()
                .withNewStatus().withPhase("Running")
                .addNewCondition().withType("PodScheduled").withStatus("True").endCondition()
                .addNewCondition().withType("Ready").withStatus("True").withLastTransitionTime(since).endCondition()
                .addNewContainerStatus().withName("kubia").withReady(true).withRestartCount(0)
                .withNewState().withNewRunning().withStartedAt(since).endRunning().endState().endContainerStatus()
                .endStatus();
    }

    /** Deleted {@code ago} seconds ago with a 30 s grace period. */
    private static Pod deleted(Pod pod, long ago) {
        return new PodBuilder(pod).editMetadata().withDeletionTimestamp(NOW.plusSeconds(30 - ago).toString())
                .withDeletionGracePeriodSeconds(30L).endMetadata().build();
    }

    private static Node node(String name, String ready, Instant heartbeat) {
        return new NodeBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec().endSpec()
                .withNewStatus().addNewCondition().withType("Ready").withStatus(ready)
                .withLastHeartbeatTime(heartbeat.toString()).withLastTransitionTime(heartbeat.toString()).endCondition()
                .endStatus().build();
    }

    /** NotReady (Unknown) since the last heartbeat, with the unreachable taints added {@code taintedAgo} seconds ago. */
    private static Node lost(String name, Instant heartbeat, long taintedAgo) {
        String added = NOW.minusSeconds(taintedAgo).toString();
        return new NodeBuilder(node(name, "Unknown", heartbeat)).editSpec()
                .addNewTaint().withKey("node.kubernetes.io/unreachable").withEffect("NoSchedule").withTimeAdded(added).endTaint()
                .addNewTaint().withKey("node.kubernetes.io/unreachable").withEffect("NoExecute").withTimeAdded(added).endTaint()
                .endSpec().build();
    }

    private static Lease lease(String node, Instant renewed) {
        return new LeaseBuilder().withNewMetadata().withName(node).withNamespace("kube-node-lease").endMetadata()
                .withNewSpec().withHolderIdentity(node).withRenewTime(renewed.atZone(ZoneOffset.UTC)).endSpec().build();
    }

    private static List<PersistentVolumeClaim> boundClaims() {
        return List.of(claim("data-kubia-0"), claim("data-kubia-1"), claim("data-kubia-2"));
    }

    private static PersistentVolumeClaim claim(String name) {
        return new PersistentVolumeClaimBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewStatus().withPhase("Bound").endStatus().build();
    }

    private static List<Node> readyNodes() {
        return List.of(node("minikube", "True", NOW), node("minikube-m02", "True", NOW), node("minikube-m03", "True", NOW));
    }

    private static String why(List<Pod> pods, List<Node> nodes, ControllerClocks clocks, ControllerTimers timers, int replicas) {
        return WhyWaiting.explainAll(List.of(kubia(replicas)), pods, nodes, boundClaims(), Volumes.NONE, clocks, timers, NOW).get(0);
    }

    @Nested
    class TheStaleLine {
        /**
         * The scheduler's FailedScheduling left PodScheduled False ("unbound immediate PersistentVolumeClaims"); the pod
         * is now bound, and the condition says so only once the kubelet posts the pod's status (never, on a node that
         * was just cut off). The line must not keep the old message.
         */
        @Test
        void aBoundPodIsNoLongerSaidToBeUnschedulable() {
            Pod bound = new PodBuilder(pod(0, "minikube-m02").build()).withNewStatus().withPhase("Pending")
                    .addNewCondition().withType("PodScheduled").withStatus("False").withReason("Unschedulable")
                    .withMessage("0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.").endCondition()
                    .endStatus().build();
            String line = WhyWaiting.explain(kubia(1), List.of(bound), readyNodes(), boundClaims(), NOW);
            assertThat(line).isEqualTo("waiting for kubia-0 to be Running and Ready (Pending)");
            Pod stillUnbound = new PodBuilder(bound).editSpec().withNodeName(null).endSpec().build();
            assertThat(WhyWaiting.explain(kubia(1), List.of(stillUnbound), readyNodes(), boundClaims(), NOW))
                    .isEqualTo("kubia-0 Pending: 0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.");
        }
    }

    @Nested
    class GracePeriods {
        @Test
        void theSimulatorSaysTheChaptersImageIgnoresSigtermAndHowLongIsLeft() {
            List<Pod> pods = List.of(pod(0, "minikube").build(), pod(1, "minikube-m02").build(), deleted(pod(2, "minikube-m03").build(), 12));
            assertThat(why(pods, readyNodes(), SIMULATOR, ControllerTimers.NONE, 2)).isEqualTo("scaling down: kubia-2 Terminating: "
                    + "luksa/kubia-pet ignores SIGTERM, the kubelet waits out the 30 s grace period (18 s left)");
            assertThat(why(pods.subList(1, 3), readyNodes(), SIMULATOR, ControllerTimers.NONE, 3)).isEqualTo("creating kubia-0");
            List<Pod> replaced = List.of(deleted(pod(0, "minikube").build(), 25), pod(1, "minikube-m02").build());
            assertThat(why(replaced, readyNodes(), SIMULATOR, ControllerTimers.NONE, 2)).isEqualTo("kubia-0 Terminating: "
                    + "luksa/kubia-pet ignores SIGTERM, the kubelet waits out the 30 s grace period (5 s left)");
        }

        @Test
        void aLiveClusterKnowsNothingOfTheImageAndEstimates() {
            List<Pod> pods = List.of(deleted(pod(0, "minikube").build(), 12), pod(1, "minikube-m02").build());
            assertThat(why(pods, readyNodes(), ControllerClocks.LIVE_DEFAULTS, ControllerTimers.NONE, 2)).isEqualTo("kubia-0 Terminating: "
                    + "SIGTERM sent, the kubelet kills what still runs at the end of the 30 s grace period (~18 s left)");
        }

        @Test
        void onceTheGracePeriodIsOverOrWithoutClocksTheLineIsAsBefore() {
            List<Pod> over = List.of(deleted(pod(0, "minikube").build(), 31), pod(1, "minikube-m02").build());
            assertThat(why(over, readyNodes(), SIMULATOR, ControllerTimers.NONE, 2)).isEqualTo("waiting for kubia-0 to terminate");
            List<Pod> running = List.of(deleted(pod(0, "minikube").build(), 12), pod(1, "minikube-m02").build());
            assertThat(WhyWaiting.explain(kubia(2), running, readyNodes(), boundClaims(), NOW)).isEqualTo("waiting for kubia-0 to terminate");
        }

        @Test
        void theTileCountsDownTheSameGracePeriod() {
            PodClock clock = PodClock.of(deleted(pod(0, "minikube").build(), 12), SIMULATOR);
            assertThat(clock.graceLeft(NOW)).isEqualTo("18 s left");
            assertThat(clock.graceLeft(NOW.plusMillis(17_500))).isEqualTo("1 s left");
            assertThat(clock.graceLeft(NOW.plusSeconds(18))).isNull();
            assertThat(PodClock.of(pod(0, "minikube").build(), SIMULATOR).graceLeft(NOW)).isNull();
        }
    }

    @Nested
    class LiveEstimates {
        @Test
        void aSilentLeaseGivesTheHeartbeatAndWhenTheNodeGoesNotReady() {
            Node node = node("minikube-m02", "True", NOW.minusSeconds(200)); // status posted long ago: says nothing
            NodeClock clock = NodeClock.of(node, List.of(), lease("minikube-m02", NOW.minusSeconds(12)), ControllerClocks.LIVE_DEFAULTS,
                    ControllerTimers.NONE);
            // one late renewal is no news; two missed ones are
            assertThat(clock.lines(NOW)).isEmpty();
            assertThat(clock.lines(NOW.plusSeconds(8))).containsExactly("⚡✂ kubelet silent, last heartbeat ~20 s ago", "NotReady in ~20 s");
            assertThat(clock.lines(NOW.plusSeconds(28))).containsExactly("⚡✂ kubelet silent, last heartbeat ~40 s ago");
        }

        @Test
        void aHealthyNodeWithoutALeaseShowsNothing() {
            assertThat(NodeClock.of(node("minikube", "True", NOW.minusSeconds(200)), List.of(), null, ControllerClocks.LIVE_DEFAULTS,
                    ControllerTimers.NONE)).isNull();
        }

        @Test
        void aNotReadyNodeIsEvictedWhenItsPodsTolerationRunsOutFromTheTaintsTimeAdded() {
            Instant heartbeat = NOW.minusSeconds(70);
            Node node = lost("minikube-m02", heartbeat, 29);
            List<PodClock> pods = List.of(PodClock.of(pod(1, "minikube-m02").build(), ControllerClocks.LIVE_DEFAULTS));
            NodeClock clock = NodeClock.of(node, pods, null, ControllerClocks.LIVE_DEFAULTS, ControllerTimers.NONE);
            // without a readable Lease, the Ready condition's last heartbeat (kept when the controller marks it Unknown)
            assertThat(clock.lines(NOW)).containsExactly("⚡✂ kubelet silent, last heartbeat ~1:10 ago", "evicted in ~4:31");
            // a pod with its own, shorter toleration goes first
            Pod impatient = new PodBuilder(pod(2, "minikube-m02").build()).editSpec().editLastToleration().withTolerationSeconds(60L)
                    .endToleration().endSpec().build();
            NodeClock sooner = NodeClock.of(node, List.of(pods.get(0), PodClock.of(impatient, ControllerClocks.LIVE_DEFAULTS)), null,
                    ControllerClocks.LIVE_DEFAULTS, ControllerTimers.NONE);
            assertThat(sooner.lines(NOW)).contains("evicted in ~31 s");
            // every pod already deleted: nothing left to evict
            NodeClock done = NodeClock.of(node, List.of(PodClock.of(deleted(pod(1, "minikube-m02").build(), 5), ControllerClocks.LIVE_DEFAULTS)),
                    null, ControllerClocks.LIVE_DEFAULTS, ControllerTimers.NONE);
            assertThat(done.lines(NOW)).containsExactly("⚡✂ kubelet silent, last heartbeat ~1:10 ago");
        }

        @Test
        void theBooksControllerEvictsPodEvictionTimeoutAfterTheLastHeartbeat() {
            ControllerClocks book = new ControllerClocks(Duration.ofSeconds(40), Duration.ofMinutes(5), 300, Duration.ofSeconds(10),
                    false, false, image -> false);
            Node node = new NodeBuilder(node("minikube", "Unknown", NOW.minusSeconds(100))).editSpec()
                    .addNewTaint().withKey("node.kubernetes.io/unreachable").withEffect("NoSchedule").endTaint().endSpec().build();
            NodeClock clock = NodeClock.of(node, List.of(PodClock.of(pod(0, "minikube").build(), book)), null, book, ControllerTimers.NONE);
            assertThat(clock.lines(NOW)).containsExactly("⚡✂ kubelet silent, last heartbeat ~1:40 ago", "evicted in ~3:20");
        }

        @Test
        void thePodOnALostNodeSaysWhenItIsEvicted() {
            List<Pod> pods = List.of(new PodBuilder(pod(0, "minikube").build()).editStatus()
                    .editMatchingCondition(c -> "Ready".equals(c.getType())).withStatus("False").endCondition().endStatus().build(),
                    pod(1, "minikube-m02").build());
            List<Node> nodes = List.of(lost("minikube", NOW.minusSeconds(70), 29), node("minikube-m02", "True", NOW),
                    node("minikube-m03", "True", NOW));
            assertThat(why(pods, nodes, ControllerClocks.LIVE_DEFAULTS, ControllerTimers.NONE, 2))
                    .isEqualTo("waiting for kubia-0 to be Running and Ready (node minikube NotReady; evicted in ~4:31)");
        }
    }

    @Nested
    class SimulatorTimers {
        @Test
        void exactTimersWinOverTheObjectsAndHaveNoTilde() {
            Node node = node("minikube-m02", "True", NOW.minusSeconds(200));
            ControllerTimers timers = new ControllerTimers(Map.of("minikube-m02",
                    new ControllerTimers.NodeTimer(NOW.minusSeconds(12), true, NOW.plusSeconds(28), null)), Map.of());
            NodeClock clock = NodeClock.of(node, List.of(), null, SIMULATOR, timers);
            assertThat(clock.lines(NOW)).containsExactly("⚡✂ kubelet silent, last heartbeat 12 s ago", "NotReady in 28 s");
            assertThat(NodeClock.of(node("minikube", "True", NOW), List.of(), null, SIMULATOR, timers)).isNull();
        }

        @Test
        void aPodsEvictionComesFromTheTaintEvictionTimer() {
            List<Pod> pods = List.of(new PodBuilder(pod(0, "minikube").build()).editStatus()
                    .editMatchingCondition(c -> "Ready".equals(c.getType())).withStatus("False").endCondition().endStatus().build(),
                    pod(1, "minikube-m02").build());
            List<Node> nodes = List.of(lost("minikube", NOW.minusSeconds(70), 29), node("minikube-m02", "True", NOW),
                    node("minikube-m03", "True", NOW));
            ControllerTimers timers = new ControllerTimers(Map.of(), Map.of("default/kubia-0", NOW.plusSeconds(271).plusMillis(120)));
            assertThat(why(pods, nodes, SIMULATOR, timers, 2))
                    .isEqualTo("waiting for kubia-0 to be Running and Ready (node minikube NotReady; evicted in 4:32)");
        }
    }

    @Test
    void countdownsAreSecondsUnderAMinuteThenMinutesAndSeconds() {
        assertThat(Countdown.until(NOW, NOW.plusSeconds(28), "")).isEqualTo("28 s");
        assertThat(Countdown.until(NOW, NOW.plusMillis(27_001), "")).isEqualTo("28 s");
        assertThat(Countdown.until(NOW, NOW.plusSeconds(271), "~")).isEqualTo("~4:31");
        assertThat(Countdown.since(NOW.minusSeconds(65), NOW, "")).isEqualTo("1:05");
    }
}
