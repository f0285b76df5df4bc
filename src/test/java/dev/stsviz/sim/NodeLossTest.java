package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.context.Timings;
import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Taint;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Chapter 10.5: a node loses its network. Timings as a real 1.24 control plane showed them (grace 40 s, 300 s tolerations). */
class NodeLossTest {
    private Simulation sim;
    private Kubectl kubectl;
    private String lostNode;

    private void threePodsThenDisconnectKubia0(Profile profile) {
        sim = Simulation.chapterCluster(7, profile);
        kubectl = new Kubectl(sim);
        sim.actions().scale("default", "kubia", 3);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(2))).isTrue();
        sim.runFor(Duration.ofSeconds(30));
        lostNode = kubectl.pod("kubia-0").getSpec().getNodeName();
        sim.actions().disconnectNode(lostNode);
    }

    private String nodeStatus() {
        return NodePrinter.status(kubectl.node(lostNode));
    }

    private String podLine(String pod) {
        Pod p = kubectl.pod(pod);
        return PodPrinter.ready(p) + " " + PodPrinter.status(p);
    }

    private List<String> events(String objectName) {
        return sim.api().list(Event.class, Kinds.EVENT, "default").stream()
                .filter(e -> objectName.equals(e.getInvolvedObject().getName()))
                .map(e -> e.getType() + " " + e.getReason() + " " + e.getMessage()).toList();
    }

    private List<String> taints() {
        return kubectl.node(lostNode).getSpec().getTaints().stream().map(t -> t.getKey() + ":" + t.getEffect()).toList();
    }

    private List<String> readyAddresses() {
        return kubectl.endpoints("kubia").getSubsets().stream().flatMap(s -> s.getAddresses().stream())
                .map(EndpointAddress::getHostname).toList();
    }

    private List<String> notReadyAddresses() {
        return kubectl.endpoints("kubia").getSubsets().stream().flatMap(s -> s.getNotReadyAddresses().stream())
                .map(EndpointAddress::getHostname).toList();
    }

    @Test
    void modernNodeGoesNotReadyThenItsPodTerminatesAndStaysStuckUntilForceDeleted() {
        threePodsThenDisconnectKubia0(Profile.MODERN);
        String uid = kubectl.pod("kubia-0").getMetadata().getUid();
        sim.runFor(Duration.ofSeconds(30));
        assertThat(nodeStatus()).isEqualTo("Ready");
        // within node-monitor-grace-period (40 s) + one node-monitor-period (5 s)
        assertThat(sim.runUntil(() -> nodeStatus().equals("NotReady"), Duration.ofSeconds(15))).isTrue();
        long notReadyAt = sim.engine().nowMillis();
        sim.runFor(Duration.ofSeconds(1));

        Node node = kubectl.node(lostNode);
        for (NodeCondition c : node.getStatus().getConditions()) {
            assertThat(c.getStatus()).isEqualTo("Unknown");
            assertThat(c.getReason()).isEqualTo("NodeStatusUnknown");
            assertThat(c.getMessage()).isEqualTo("Kubelet stopped posting node status.");
        }
        assertThat(taints()).containsExactlyInAnyOrder("node.kubernetes.io/unreachable:NoSchedule",
                "node.kubernetes.io/unreachable:NoExecute");
        assertThat(podLine("kubia-0")).isEqualTo("1/1 Running");
        assertThat(Pods.isReady(kubectl.pod("kubia-0"))).isFalse();
        assertThat(readyAddresses()).containsExactlyInAnyOrder("kubia-1", "kubia-2");
        assertThat(notReadyAddresses()).containsExactly("kubia-0");
        assertThat(events("kubia-0")).contains("Warning NodeNotReady Node is not ready");
        assertThat(events(lostNode)).contains("Normal NodeNotReady Node " + lostNode + " status is now: NodeNotReady");

        // 300 s of default toleration later: Terminating, forever, and not replaced (at-most-one)
        sim.runFor(Duration.ofMillis(notReadyAt + 295_000 - sim.engine().nowMillis()));
        assertThat(podLine("kubia-0")).isEqualTo("1/1 Running");
        sim.runFor(Duration.ofSeconds(15));
        assertThat(podLine("kubia-0")).isEqualTo("1/1 Terminating");
        assertThat(Pods.condition(kubectl.pod("kubia-0"), "DisruptionTarget").getReason()).isEqualTo("DeletionByTaintManager");
        assertThat(events("kubia-0")).contains("Normal TaintManagerEviction Marking for deletion Pod default/kubia-0");
        sim.runFor(Duration.ofMinutes(10));
        assertThat(podLine("kubia-0")).isEqualTo("1/1 Terminating");
        assertThat(kubectl.pod("kubia-0").getMetadata().getUid()).isEqualTo(uid);
        assertThat(kubectl.pod("kubia-0").getSpec().getNodeName()).isEqualTo(lostNode);

        // force delete: replaced at once, same name and claim, on a healthy node; the old container still runs
        String volume = kubectl.claim("data-kubia-0").getSpec().getVolumeName();
        sim.actions().forceDeletePod("default", "kubia-0");
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofSeconds(10))).isTrue();
        Pod replacement = kubectl.pod("kubia-0");
        assertThat(replacement.getMetadata().getUid()).isNotEqualTo(uid);
        assertThat(replacement.getSpec().getNodeName()).isNotEqualTo(lostNode);
        assertThat(Pods.claimNames(replacement)).containsExactly("data-kubia-0");
        assertThat(kubectl.claim("data-kubia-0").getSpec().getVolumeName()).isEqualTo(volume);
        assertThat(sim.kubelet(lostNode).orphanedContainers()).containsExactly("default/kubia-0");

        // the node comes back: Ready again, taints gone, the orphaned container killed
        sim.actions().reconnectNode(lostNode);
        assertThat(sim.runUntil(() -> nodeStatus().equals("Ready") && taints().isEmpty(), Duration.ofSeconds(20))).isTrue();
        sim.runFor(Duration.ofSeconds(2));
        assertThat(sim.kubelet(lostNode).orphanedContainers()).isEmpty();
        assertThat(kubectl.healthy("kubia-0")).isTrue();
    }

    @Test
    void modernReconnectInsteadOfForceDeleteLetsTheKubeletFinishTheDeletion() {
        threePodsThenDisconnectKubia0(Profile.MODERN);
        String uid = kubectl.pod("kubia-0").getMetadata().getUid();
        assertThat(sim.runUntil(() -> podLine("kubia-0").equals("1/1 Terminating"), Duration.ofMinutes(7))).isTrue();
        sim.actions().reconnectNode(lostNode);
        assertThat(sim.runUntil(() -> !uid.equals(kubectl.pod("kubia-0") == null ? uid : kubectl.pod("kubia-0").getMetadata().getUid()),
                Duration.ofMinutes(2))).isTrue();
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        assertThat(Pods.claimNames(kubectl.pod("kubia-0"))).containsExactly("data-kubia-0");
        assertThat(nodeStatus()).isEqualTo("Ready");
    }

    @Test
    void bookProfilePrintsUnknownWithReasonNodeLost() {
        threePodsThenDisconnectKubia0(Profile.BOOK);
        assertThat(sim.runUntil(() -> nodeStatus().equals("NotReady"), Duration.ofSeconds(50))).isTrue();
        sim.runFor(Duration.ofSeconds(1));
        assertThat(taints()).containsExactly("node.kubernetes.io/unreachable:NoSchedule");
        assertThat(podLine("kubia-0")).isEqualTo("1/1 Running");
        // pod-eviction-timeout counts from the last heartbeat: about 300 s after the freeze, not after NotReady
        assertThat(sim.runUntil(() -> podLine("kubia-0").equals("1/1 Unknown"), Duration.ofMinutes(5))).isTrue();
        Pod pod = kubectl.pod("kubia-0");
        assertThat(pod.getStatus().getReason()).isEqualTo("NodeLost");
        assertThat(pod.getStatus().getMessage()).isEqualTo("Node " + lostNode + " which was running pod kubia-0 is unresponsive");
        assertThat(pod.getMetadata().getDeletionTimestamp()).isNotNull();
        assertThat(events("kubia-0")).contains("Normal NodeControllerEviction Marking for deletion Pod kubia-0 from Node " + lostNode);
        sim.runFor(Duration.ofMinutes(5));
        assertThat(podLine("kubia-0")).isEqualTo("1/1 Unknown");
        assertThat(events(lostNode)).contains("Normal DeletingAllPods Node " + lostNode + " event: Deleting all Pods from Node " + lostNode + ".");

        sim.actions().forceDeletePod("default", "kubia-0");
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofSeconds(10))).isTrue();
        assertThat(kubectl.pod("kubia-0").getSpec().getNodeName()).isNotEqualTo(lostNode);
    }

    @Test
    void bookEvictionCountsFromTheLastHeartbeatAndModernFromTheTaint() {
        for (Profile profile : Profile.values()) {
            threePodsThenDisconnectKubia0(profile);
            long frozenAt = sim.engine().nowMillis();
            String expected = profile == Profile.BOOK ? "1/1 Unknown" : "1/1 Terminating";
            assertThat(sim.runUntil(() -> podLine("kubia-0").equals(expected), Duration.ofMinutes(8))).isTrue();
            long seconds = (sim.engine().nowMillis() - frozenAt) / 1000;
            // traces: book 299 s, modern 345 s after the freeze (heartbeats every 10 s shift both by up to 10 s)
            if (profile == Profile.BOOK) {
                assertThat(seconds).isBetween(290L, 310L);
            } else {
                assertThat(seconds).isBetween(335L, 355L);
            }
        }
    }

    @Test
    void aSingleNodeClusterThatLosesItsOnlyNodeEvictsNothing() {
        sim = new Simulation(3, Profile.MODERN, new Timings());
        kubectl = new Kubectl(sim);
        sim.addNode("minikube");
        sim.api().create(new io.fabric8.kubernetes.api.model.storage.StorageClassBuilder().withNewMetadata().withName("standard")
                .addToAnnotations("storageclass.kubernetes.io/is-default-class", "true").endMetadata()
                .withProvisioner("k8s.io/minikube-hostpath").withReclaimPolicy("Delete").build());
        sim.apply(dev.stsviz.cluster.Manifests.bundled("kubia-statefulset.yaml"));
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(1))).isTrue();
        lostNode = "minikube";
        sim.actions().disconnectNode(lostNode);
        sim.runFor(Duration.ofMinutes(15));
        assertThat(nodeStatus()).isEqualTo("NotReady");
        assertThat(podLine("kubia-0")).isEqualTo("1/1 Running");
        assertThat(taints()).doesNotContain("node.kubernetes.io/unreachable:NoExecute");
    }
}
