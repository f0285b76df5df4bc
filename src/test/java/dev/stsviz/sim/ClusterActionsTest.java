package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.cluster.print.PvPrinter;
import dev.stsviz.cluster.print.PvcPrinter;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user does to the cluster around the StatefulSet: nodes, taints, profiles, pre-made volumes; and the events. */
class ClusterActionsTest {
    private Simulation sim = Simulation.chapterCluster(7, Profile.MODERN);
    private Kubectl kubectl = new Kubectl(sim);
    private final List<String> eventLog = new ArrayList<>();
    private final TreeMap<String, Long> goneAt = new TreeMap<>();
    private final TreeMap<String, Pod> lastSeen = new TreeMap<>();

    ClusterActionsTest() {
        recordInto(sim);
    }

    private void recordInto(Simulation s) {
        s.watch(e -> {
            if (e.type() == WatchEvent.Type.ADDED && e.object() instanceof Event ev) {
                eventLog.add(ev.getType() + " " + ev.getReason() + " " + ev.getInvolvedObject().getKind() + "/"
                        + ev.getInvolvedObject().getName() + " " + ev.getMessage());
            }
            if (e.object() instanceof Pod p) {
                String key = p.getMetadata().getName() + "@" + p.getMetadata().getUid();
                if (e.type() == WatchEvent.Type.DELETED) {
                    goneAt.put(key, s.engine().nowMillis());
                    lastSeen.put(key, (Pod) e.oldObject());
                }
            }
        });
    }

    private String podLine(String pod) {
        Pod p = kubectl.pod(pod);
        return p == null ? "<gone>" : PodPrinter.ready(p) + " " + PodPrinter.status(p);
    }

    private String nodeOf(String pod) {
        return kubectl.pod(pod).getSpec().getNodeName();
    }

    private String uidOf(String pod) {
        return kubectl.pod(pod).getMetadata().getUid();
    }

    private List<String> taints(String node) {
        return kubectl.node(node).getSpec().getTaints().stream().map(t -> t.getKey() + ":" + t.getEffect()).toList();
    }

    private void threeHealthyPods() {
        sim.actions().scale("default", "kubia", 3);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(2))).isTrue();
        sim.runFor(Duration.ofSeconds(30));
    }

    private String loseNodeOf(String pod) {
        String node = nodeOf(pod);
        sim.actions().disconnectNode(node);
        assertThat(sim.runUntil(() -> {
            PodCondition ready = Pods.condition(kubectl.pod(pod), "Ready");
            return ready != null && "False".equals(ready.getStatus());
        }, Duration.ofSeconds(60))).isTrue();
        assertThat(NodePrinter.status(kubectl.node(node))).isEqualTo("NotReady");
        return node;
    }

    private List<String> events(String reason) {
        return eventLog.stream().filter(l -> l.split(" ")[1].equals(reason)).toList();
    }

    // kubectl cordon sets spec.unschedulable: printNode adds ",SchedulingDisabled"; the node lifecycle controller
    // mirrors it as the node.kubernetes.io/unschedulable:NoSchedule taint; the scheduler's NodeUnschedulable filter
    // keeps new pods off; pods already there keep running (cordon is not drain).
    @Test
    void cordonedNodePrintsSchedulingDisabledAndGetsNoNewPods() {
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(1))).isTrue();
        Set<String> free = new TreeSet<>(Simulation.DEFAULT_NODES);
        free.remove(nodeOf("kubia-0"));
        free.remove(nodeOf("kubia-1"));
        String emptyNode = free.iterator().next();
        String node0 = nodeOf("kubia-0");

        sim.actions().cordon(emptyNode);
        sim.actions().cordon(node0);
        sim.runFor(Duration.ofSeconds(1));
        assertThat(NodePrinter.status(kubectl.node(emptyNode))).isEqualTo("Ready,SchedulingDisabled");
        assertThat(taints(emptyNode)).containsExactly("node.kubernetes.io/unschedulable:NoSchedule");

        sim.actions().scale("default", "kubia", 3);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(1))).isTrue();
        // the only schedulable node is kubia-1's, although it already runs a kubia pod
        assertThat(nodeOf("kubia-2")).isEqualTo(nodeOf("kubia-1"));
        sim.runFor(Duration.ofMinutes(2));
        assertThat(podLine("kubia-0")).isEqualTo("1/1 Running");
        assertThat(nodeOf("kubia-0")).isEqualTo(node0);

        sim.actions().uncordon(emptyNode);
        sim.runFor(Duration.ofSeconds(1));
        assertThat(NodePrinter.status(kubectl.node(emptyNode))).isEqualTo("Ready");
        assertThat(taints(emptyNode)).isEmpty();
        sim.actions().scale("default", "kubia", 4);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-3"), Duration.ofMinutes(1))).isTrue();
        assertThat(nodeOf("kubia-3")).isEqualTo(emptyNode);
    }

    // PodGC gcOrphaned (pkg/controller/podgc/gc_controller.go): pods bound to a Node object that is gone are
    // force-deleted after the 40 s quarantine, checked every 20 s; the StatefulSet recreates them elsewhere.
    @Test
    void deletingANodeLetsPodGcForceDeleteItsPodsAfterTheQuarantine() {
        threeHealthyPods();
        String node = nodeOf("kubia-1");
        String uid = uidOf("kubia-1");
        String volume = kubectl.claim("data-kubia-1").getSpec().getVolumeName();

        sim.actions().deleteNode(node);
        long deletedAt = sim.engine().nowMillis();
        assertThat(kubectl.node(node)).isNull();
        assertThat(kubectl.nodes()).doesNotContain(node);
        sim.runFor(Duration.ofSeconds(39));
        // nobody reports on the pod in the meantime: still 1/1 Running in the API
        assertThat(podLine("kubia-1")).isEqualTo("1/1 Running");
        assertThat(uidOf("kubia-1")).isEqualTo(uid);

        assertThat(sim.runUntil(() -> goneAt.containsKey("kubia-1@" + uid), Duration.ofSeconds(30))).isTrue();
        assertThat(goneAt.get("kubia-1@" + uid) - deletedAt).isBetween(40_000L, 61_000L);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofSeconds(30))).isTrue();
        assertThat(nodeOf("kubia-1")).isNotEqualTo(node);
        assertThat(kubectl.claim("data-kubia-1").getSpec().getVolumeName()).isEqualTo(volume);
    }

    // markFailedAndDeletePodWithCondition: PodGC patches phase Failed and DisruptionTarget (DeletionByPodGC,
    // "PodGC: node no longer exists") before the force delete (PodDisruptionConditions is GA in 1.31).
    @Test
    void podGcMarksAnOrphanedPodFailedWithADisruptionTargetBeforeDeletingIt() {
        threeHealthyPods();
        String node = nodeOf("kubia-1");
        String uid = uidOf("kubia-1");
        sim.actions().deleteNode(node);
        assertThat(sim.runUntil(() -> goneAt.containsKey("kubia-1@" + uid), Duration.ofSeconds(90))).isTrue();
        Pod last = lastSeen.get("kubia-1@" + uid);
        PodCondition disruption = Pods.condition(last, "DisruptionTarget");
        assertThat(disruption).isNotNull();
        assertThat(disruption.getReason()).isEqualTo("DeletionByPodGC");
        assertThat(disruption.getMessage()).isEqualTo("PodGC: node no longer exists");
        assertThat(Pods.phase(last)).isEqualTo("Failed");
    }

    // Non-graceful node shutdown (KEP 2268, PodGC gcTerminating): on a NotReady node with the out-of-service taint the
    // taint manager evicts the pods (they do not tolerate it) and PodGC force-deletes the Terminating ones.
    @Test
    void outOfServiceTaintLetsPodGcForceDeleteTerminatingPods() {
        threeHealthyPods();
        String uid = uidOf("kubia-0");
        String lostNode = loseNodeOf("kubia-0");
        sim.runFor(Duration.ofSeconds(10));
        assertThat(taints(lostNode)).contains("node.kubernetes.io/unreachable:NoExecute");

        addOutOfServiceTaint(lostNode);
        long taintedAt = sim.engine().nowMillis();
        assertThat(sim.runUntil(() -> goneAt.containsKey("kubia-0@" + uid), Duration.ofSeconds(30))).isTrue();
        // evicted at once, force-deleted at PodGC's next 20 s pass
        assertThat(goneAt.get("kubia-0@" + uid) - taintedAt).isLessThanOrEqualTo(21_000L);
        assertThat(lastSeen.get("kubia-0@" + uid).getMetadata().getDeletionTimestamp()).isNotNull();
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofSeconds(30))).isTrue();
        assertThat(nodeOf("kubia-0")).isNotEqualTo(lostNode);
        assertThat(Pods.claimNames(kubectl.pod("kubia-0"))).containsExactly("data-kubia-0");
    }

    // tainteviction processPodOnNode: for an untolerated taint it first cancels the pending toleration timer
    // (cancelWorkWithEvent: "Cancelling deletion of Pod ...") and then deletes at once; the stale 300 s timer must
    // not fire later against the replacement pod that reuses the name.
    @Test
    void theReplacementOfAnOutOfServicePodIsNotEvictedByAStaleTimer() {
        threeHealthyPods();
        String lostNode = loseNodeOf("kubia-0");
        sim.runFor(Duration.ofSeconds(10));
        addOutOfServiceTaint(lostNode);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0") && !lostNode.equals(nodeOf("kubia-0")), Duration.ofMinutes(1))).isTrue();
        String replacement = uidOf("kubia-0");

        sim.runFor(Duration.ofMinutes(6));
        assertThat(uidOf("kubia-0")).isEqualTo(replacement);
        assertThat(podLine("kubia-0")).isEqualTo("1/1 Running");
        assertThat(events("TaintManagerEviction")).containsExactly(
                "Normal TaintManagerEviction Pod/kubia-0 Cancelling deletion of Pod default/kubia-0",
                "Normal TaintManagerEviction Pod/kubia-0 Marking for deletion Pod default/kubia-0");
    }

    private void addOutOfServiceTaint(String nodeName) {
        Node copy = Copies.copy(kubectl.node(nodeName));
        List<Taint> taints = new ArrayList<>(copy.getSpec().getTaints());
        taints.add(new TaintBuilder().withKey("node.kubernetes.io/out-of-service").withValue("nodeshutdown")
                .withEffect("NoExecute").build());
        copy.getSpec().setTaints(taints);
        sim.api().update(copy);
    }

    // A new machine registers its Node (kubelet register) and the node lifecycle controller records RegisteredNode.
    @Test
    void addNodeRegistersTheNextMinikubeNodeReady() {
        threeHealthyPods();
        String added = sim.actions().addNode(null);
        assertThat(added).isEqualTo("minikube-m04");
        sim.runFor(Duration.ofSeconds(30));
        assertThat(NodePrinter.status(kubectl.node("minikube-m04"))).isEqualTo("Ready");
        assertThat(kubectl.nodes()).contains("minikube-m04");
        assertThat(events("RegisteredNode")).contains(
                "Normal RegisteredNode Node/minikube-m04 Node minikube-m04 event: Registered Node minikube-m04 in Controller");
        sim.runFor(Duration.ofMinutes(2));
        assertThat(NodePrinter.status(kubectl.node("minikube-m04"))).isEqualTo("Ready");
        // the spreading scheduler puts the fourth pod on the node that has none
        sim.actions().scale("default", "kubia", 4);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-3"), Duration.ofMinutes(1))).isTrue();
        assertThat(nodeOf("kubia-3")).isEqualTo("minikube-m04");
    }

    // Switching to the book profile at runtime changes how the next node loss is handled: pod-eviction-timeout,
    // reason NodeLost, kubectl prints Unknown, and no NoExecute taint (the node lifecycle controller's pod-eviction-timeout path).
    @Test
    void switchingToTheBookProfileAtRuntimeChangesTheNodeLossPath() {
        threeHealthyPods();
        sim.actions().setProfile(Profile.BOOK);
        assertThat(sim.profile()).isEqualTo(Profile.BOOK);
        String lostNode = loseNodeOf("kubia-0");
        sim.runFor(Duration.ofSeconds(10));
        assertThat(taints(lostNode)).containsExactly("node.kubernetes.io/unreachable:NoSchedule");
        assertThat(sim.runUntil(() -> podLine("kubia-0").equals("1/1 Unknown"), Duration.ofMinutes(5))).isTrue();
        assertThat(kubectl.pod("kubia-0").getStatus().getReason()).isEqualTo("NodeLost");
        assertThat(events("TaintManagerEviction")).isEmpty();
        assertThat(events("NodeControllerEviction")).containsExactly(
                "Normal NodeControllerEviction Pod/kubia-0 Marking for deletion Pod kubia-0 from Node " + lostNode);

        // and back: the next pod started on a modern cluster carries the pod-index label again
        sim.actions().setProfile(Profile.MODERN);
        sim.actions().forceDeletePod("default", "kubia-0");
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofSeconds(30))).isTrue();
        assertThat(kubectl.pod("kubia-0").getMetadata().getLabels()).containsEntry("apps.kubernetes.io/pod-index", "0");
    }

    // DefaultStorageClass admission gives the chapter's claims class "standard", so the class-less pv-a/b/c never match
    // (minikube provisions pvc-... volumes instead); a template with storageClassName "" opts out and binds them.
    @Test
    void premadeVolumesStayAvailableUnlessTheClaimAsksForNoClass() {
        sim.apply(Manifests.bundled("persistent-volumes-hostpath.yaml"));
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(1))).isTrue();
        sim.runFor(Duration.ofSeconds(10));
        assertThat(List.of("pv-a", "pv-b", "pv-c")).allMatch(pv -> "Available".equals(PvPrinter.status(volume(pv))));
        assertThat(PvcPrinter.storageClass(kubectl.claim("data-kubia-0"))).isEqualTo("standard");
        assertThat(kubectl.claim("data-kubia-0").getSpec().getVolumeName()).startsWith("pvc-");

        sim = Simulation.emptyCluster(7, Profile.MODERN);
        kubectl = new Kubectl(sim);
        eventLog.clear();
        recordInto(sim);
        sim.apply(Manifests.bundled("persistent-volumes-hostpath.yaml"));
        sim.apply(Manifests.bundled("kubia-service-headless.yaml"));
        StatefulSet base = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
        sim.apply(List.<HasMetadata>of(new StatefulSetBuilder(base).editSpec().editFirstVolumeClaimTemplate().editSpec()
                .withStorageClassName("").endSpec().endVolumeClaimTemplate().endSpec().build()));
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(1))).isTrue();
        String v0 = kubectl.claim("data-kubia-0").getSpec().getVolumeName();
        String v1 = kubectl.claim("data-kubia-1").getSpec().getVolumeName();
        assertThat(List.of(v0, v1)).doesNotHaveDuplicates().allMatch(v -> Set.of("pv-a", "pv-b", "pv-c").contains(v));
        assertThat(PvPrinter.status(volume(v0))).isEqualTo("Bound");
        assertThat(PvPrinter.claim(volume(v0))).isEqualTo("default/data-kubia-0");
        assertThat(PvcPrinter.storageClass(kubectl.claim("data-kubia-0"))).isEmpty();
        assertThat(sim.api().list(PersistentVolume.class, Kinds.PV, null)).hasSize(3);
        assertThat(events("ProvisioningSucceeded")).isEmpty();
    }

    private PersistentVolume volume(String name) {
        return sim.api().get(PersistentVolume.class, Kinds.PV, null, name);
    }

    /**
     * The VolumeBinding PreFilter rejection as kubectl shows it. Kubernetes 1.24 (the book's profile) counts it
     * per node ("3 pod has ..."); from 1.25 on (PR 110894, FitError.Error in pkg/scheduler/framework/types.go) a
     * PreFilter message is reported once, without a count.
     */
    private static String failedScheduling(Profile profile) {
        String reason = profile == Profile.BOOK ? "3 pod has unbound immediate PersistentVolumeClaims"
                : "pod has unbound immediate PersistentVolumeClaims";
        return "Warning FailedScheduling Pod/kubia-0 0/3 nodes are available: " + reason
                + ". preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";
    }

    private int indexOf(String prefix) {
        for (int i = 0; i < eventLog.size(); i++) {
            if (eventLog.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    // NodeAffinity Filter: a nodeSelector no node matches keeps the pod Pending, one that matches picks that node.
    @Test
    void aNodeSelectorDecidesWhereThePodMayRun() {
        sim = Simulation.emptyCluster(7, Profile.V1_24);
        kubectl = new Kubectl(sim);
        eventLog.clear();
        recordInto(sim);
        sim.apply(Manifests.bundled("kubia-service-headless.yaml"));
        StatefulSet base = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
        sim.apply(List.<HasMetadata>of(new StatefulSetBuilder(base).editSpec().withReplicas(1).editTemplate().editSpec()
                .withNodeSelector(java.util.Map.of("disk", "none")).endSpec().endTemplate().endSpec().build()));
        sim.runFor(Duration.ofSeconds(20));
        assertThat(PodPrinter.status(kubectl.pod("kubia-0"))).isEqualTo("Pending");
        assertThat(events("FailedScheduling")).last().isEqualTo("Warning FailedScheduling Pod/kubia-0 0/3 nodes are available: "
                + "3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.");
        sim.apply(List.<HasMetadata>of(new StatefulSetBuilder(base).editSpec().withReplicas(1).editTemplate().editSpec()
                .withNodeSelector(java.util.Map.of("kubernetes.io/hostname", "minikube-m02")).endSpec().endTemplate().endSpec().build()));
        sim.api().delete(Kinds.POD, "default", "kubia-0");
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        assertThat(kubectl.pod("kubia-0").getSpec().getNodeName()).isEqualTo("minikube-m02");
    }

    // FailedScheduling on the modern profile: the 1.25+ wording, the PreFilter reason once, without a node count.
    @Test
    void failedSchedulingBeforeTheClaimIsBoundUsesTheCurrentWordingOnTheModernProfile() {
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        assertThat(events("FailedScheduling")).first().isEqualTo(failedScheduling(Profile.MODERN));
    }

    // FailedScheduling, briefly, before the claim is bound: the book's 1.24 wording on the book profile.
    @Test
    void failedSchedulingBeforeTheClaimIsBoundUsesTheBooksWordingOnTheBookProfile() {
        sim = Simulation.chapterCluster(7, Profile.BOOK);
        kubectl = new Kubectl(sim);
        eventLog.clear();
        recordInto(sim);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        assertThat(events("FailedScheduling")).first().isEqualTo(failedScheduling(Profile.BOOK));
    }

    // The events a real control plane records for the chapter's set (as a real 1.24 control plane recorded them):
    // stateful_pod_control.go recordClaimEvent / recordPodEvent, the scheduler's FailedScheduling / Scheduled, the
    // provisioner's ProvisioningSucceeded.
    @Test
    void theControlPlaneRecordsTheChaptersEvents() {
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(1))).isTrue();
        String claimUid = kubectl.claim("data-kubia-0").getMetadata().getUid();
        String node0 = nodeOf("kubia-0");
        assertThat(eventLog).containsSubsequence(
                "Normal SuccessfulCreate StatefulSet/kubia create Claim data-kubia-0 Pod kubia-0 in StatefulSet kubia success",
                "Normal SuccessfulCreate StatefulSet/kubia create Pod kubia-0 in StatefulSet kubia successful",
                "Normal ProvisioningSucceeded PersistentVolumeClaim/data-kubia-0 Successfully provisioned volume pvc-" + claimUid
                        + " using k8s.io/minikube-hostpath",
                "Normal Scheduled Pod/kubia-0 Successfully assigned default/kubia-0 to " + node0,
                "Normal SuccessfulCreate StatefulSet/kubia create Claim data-kubia-1 Pod kubia-1 in StatefulSet kubia success",
                "Normal SuccessfulCreate StatefulSet/kubia create Pod kubia-1 in StatefulSet kubia successful");
        // FailedScheduling (Warning), briefly, while data-kubia-0 is still unbound (exact wording: the two tests below)
        int failed = indexOf("Warning FailedScheduling Pod/kubia-0 ");
        assertThat(failed).isBetween(indexOf("Normal SuccessfulCreate StatefulSet/kubia create Pod kubia-0 "),
                indexOf("Normal ProvisioningSucceeded PersistentVolumeClaim/data-kubia-0 "));
        assertThat(eventLog.get(failed)).contains(" 0/3 nodes are available: ", "pod has unbound immediate PersistentVolumeClaims.",
                " preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.");
        Pod kubia0 = kubectl.pod("kubia-0");
        assertThat(Pods.condition(kubia0, "PodScheduled").getStatus()).isEqualTo("True");

        sim.actions().scale("default", "kubia", 3);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(1))).isTrue();
        sim.actions().scale("default", "kubia", 2);
        sim.runFor(Duration.ofSeconds(1));
        assertThat(events("SuccessfulDelete")).containsExactly(
                "Normal SuccessfulDelete StatefulSet/kubia delete Pod kubia-2 in StatefulSet kubia successful");
        // the Event objects themselves, as kubectl get events reads them
        Event delete = sim.api().list(Event.class, Kinds.EVENT, "default").stream()
                .filter(e -> "SuccessfulDelete".equals(e.getReason())).findFirst().orElseThrow();
        assertThat(delete.getInvolvedObject().getKind()).isEqualTo("StatefulSet");
        assertThat(delete.getSource().getComponent()).isEqualTo("statefulset-controller");
        assertThat(delete.getCount()).isEqualTo(1);
    }
}
