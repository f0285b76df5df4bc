package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OrderedReady scale-down ({@code pkg/controller/statefulset/stateful_set_control.go}: processReplica blocks on any
 * in-range pod that is not Running and Ready, processCondemned deletes the highest ordinal first, one at a time).
 */
class ScaleDownHaltTest {
    private final Simulation sim = Simulation.chapterCluster(7, Profile.MODERN);
    private final Kubectl kubectl = new Kubectl(sim);
    /** pod name -> virtual millis its deletionTimestamp was set / it left the API. */
    private final TreeMap<String, Long> terminatingAt = new TreeMap<>();
    private final TreeMap<String, Long> goneAt = new TreeMap<>();
    private final List<String> deletionOrder = new ArrayList<>();

    @BeforeEach
    void recordDeletions() {
        sim.watch(e -> {
            if (!(e.object() instanceof Pod p)) {
                return;
            }
            String name = p.getMetadata().getName();
            if (e.oldObject() instanceof Pod old && old.getMetadata().getDeletionTimestamp() == null
                    && p.getMetadata().getDeletionTimestamp() != null) {
                terminatingAt.put(name, sim.engine().nowMillis());
                deletionOrder.add(name);
            }
            if (e.type() == WatchEvent.Type.DELETED) {
                goneAt.put(name, sim.engine().nowMillis());
            }
        });
    }

    private String podLine(String pod) {
        Pod p = kubectl.pod(pod);
        return p == null ? "<gone>" : PodPrinter.ready(p) + " " + PodPrinter.status(p);
    }

    private boolean readyConditionFalse(String pod) {
        PodCondition ready = Pods.condition(kubectl.pod(pod), "Ready");
        return ready != null && "False".equals(ready.getStatus());
    }

    private StatefulSet statefulSet() {
        return sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia");
    }

    private void threeHealthyPods() {
        sim.actions().scale("default", "kubia", 3);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(2))).isTrue();
        sim.runFor(Duration.ofSeconds(30));
        assertThat(kubectl.podSummary().lines().map(l -> l.split(" ")[0] + " " + l.split(" ")[2]).toList())
                .containsExactly("kubia-0 Running", "kubia-1 Running", "kubia-2 Running");
    }

    /** Disconnects the pod's node and waits for the node controller's MarkPodsNotReady (grace 40 s + 5 s period). */
    private String loseNodeOf(String pod) {
        String node = kubectl.pod(pod).getSpec().getNodeName();
        sim.actions().disconnectNode(node);
        assertThat(sim.runUntil(() -> readyConditionFalse(pod), Duration.ofSeconds(60))).isTrue();
        assertThat(NodePrinter.status(kubectl.node(node))).isEqualTo("NotReady");
        return node;
    }

    // processReplica returns early on an unready kubia-0, so processCondemned never runs: the scale-down of a 3-pod
    // set to 1 does nothing while kubia-0's node is unreachable, and resumes (kubia-2, then kubia-1) as soon as it is
    // back (stateful_set_control.go, updateStatefulSet).
    @Test
    void scaleDownHaltsWhileAnInRangePodIsUnreadyAndResumesWhenItsNodeIsBack() {
        threeHealthyPods();
        String uid0 = kubectl.pod("kubia-0").getMetadata().getUid();
        String lostNode = loseNodeOf("kubia-0");

        sim.actions().scale("default", "kubia", 1);
        // three minutes: well before the 300 s NoExecute toleration would evict kubia-0
        for (int i = 0; i < 6; i++) {
            sim.runFor(Duration.ofSeconds(30));
            assertThat(deletionOrder).isEmpty();
            assertThat(podLine("kubia-2")).isEqualTo("1/1 Running");
            assertThat(podLine("kubia-1")).isEqualTo("1/1 Running");
        }
        // kubectl still prints kubia-0 as 1/1 Running: only its Ready condition changed
        assertThat(podLine("kubia-0")).isEqualTo("1/1 Running");
        assertThat(sim.waitingFor("default", "kubia")).contains("kubia-0");
        assertThat(statefulSet().getStatus().getReplicas()).isEqualTo(3);
        assertThat(statefulSet().getStatus().getReadyReplicas()).isEqualTo(2);

        sim.actions().reconnectNode(lostNode);
        long reconnectedAt = sim.engine().nowMillis();
        assertThat(sim.runUntil(() -> kubectl.podList().size() == 1, Duration.ofMinutes(3))).isTrue();
        assertThat(deletionOrder).containsExactly("kubia-2", "kubia-1");
        // resumes as soon as kubia-0 reports Ready again (a real kubelet's status manager reconciles within 10 s)
        assertThat(terminatingAt.get("kubia-2") - reconnectedAt).isLessThan(15_000);
        assertThat(terminatingAt.get("kubia-1")).isGreaterThanOrEqualTo(goneAt.get("kubia-2"));
        assertThat(kubectl.pod("kubia-0").getMetadata().getUid()).isEqualTo(uid0);
        assertThat(kubectl.healthy("kubia-0")).isTrue();
    }

    // processCondemned: "condemned[i] != firstUnhealthyPod" -- the first unhealthy pod may itself be deleted; the next
    // one waits until it has terminated, which never happens on an unreachable node.
    @Test
    void anUnreadyCondemnedPodIsDeletedFirstAndThenBlocksTheRest() {
        threeHealthyPods();
        loseNodeOf("kubia-2");

        sim.actions().scale("default", "kubia", 1);
        sim.runFor(Duration.ofSeconds(5));
        assertThat(deletionOrder).containsExactly("kubia-2");
        assertThat(podLine("kubia-2")).isEqualTo("1/1 Terminating");
        sim.runFor(Duration.ofMinutes(3));
        // no kubelet confirms kubia-2's deletion: kubia-1 is never touched
        assertThat(deletionOrder).containsExactly("kubia-2");
        assertThat(podLine("kubia-2")).isEqualTo("1/1 Terminating");
        assertThat(podLine("kubia-1")).isEqualTo("1/1 Running");
        assertThat(sim.waitingFor("default", "kubia")).contains("kubia-2");
    }

    // processCondemned blocks on a Terminating condemned pod in monotonic mode: one pod at a time, each for its full
    // 30 s grace period (luksa/kubia-pet ignores SIGTERM).
    @Test
    void scaleDownWaitsForEachPodToBeGoneBeforeDeletingTheNext() {
        threeHealthyPods();
        sim.actions().scale("default", "kubia", 1);
        sim.runFor(Duration.ofSeconds(20));
        assertThat(podLine("kubia-2")).isEqualTo("1/1 Terminating");
        assertThat(podLine("kubia-1")).isEqualTo("1/1 Running");
        assertThat(sim.waitingFor("default", "kubia")).contains("kubia-2").contains("terminate");

        assertThat(sim.runUntil(() -> kubectl.podList().size() == 1, Duration.ofMinutes(3))).isTrue();
        assertThat(deletionOrder).containsExactly("kubia-2", "kubia-1");
        long graceOf2 = goneAt.get("kubia-2") - terminatingAt.get("kubia-2");
        long graceOf1 = goneAt.get("kubia-1") - terminatingAt.get("kubia-1");
        assertThat(graceOf2).isBetween(30_000L, 31_000L);
        assertThat(graceOf1).isBetween(30_000L, 31_000L);
        // kubia-1 is deleted only after kubia-2 left the API (one controller sync later)
        assertThat(terminatingAt.get("kubia-1") - goneAt.get("kubia-2")).isBetween(0L, 1_000L);
        sim.runFor(Duration.ofSeconds(1));
        assertThat(statefulSet().getStatus().getReplicas()).isEqualTo(1);
    }
}
