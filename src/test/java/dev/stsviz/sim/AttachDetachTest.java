package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.sim.context.AttachableVolumes;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GKE's persistent disks attach to one node at a time: a StatefulSet pod moved off a lost node waits for the attach/detach
 * controller to detach its disk from the old node (6 min after the old pod is gone, or at once with the out-of-service
 * taint where non-graceful node shutdown exists), with one Multi-Attach event.
 */
class AttachDetachTest {
    private static final String PD = ClusterPreset.PD_CSI;
    private Simulation sim;
    private Kubectl kubectl;
    private String lostNode;
    private String volume;

    private void kubia0OnALostNode(Profile profile) {
        sim = GkeDisks.chapterCluster(7, profile, 2);
        kubectl = new Kubectl(sim);
        assertThat(sim.runUntil(() -> healthy("kubia-1"), Duration.ofMinutes(2))).isTrue();
        sim.runFor(Duration.ofSeconds(30));
        lostNode = kubectl.pod("kubia-0").getSpec().getNodeName();
        volume = GkeDisks.volumeOf(sim, "data-kubia-0");
        sim.actions().disconnectNode(lostNode);
        assertThat(sim.runUntil(() -> "NotReady".equals(NodePrinter.status(kubectl.node(lostNode))), Duration.ofMinutes(1))).isTrue();
    }

    private boolean healthy(String pod) {
        Pod p = kubectl.pod(pod);
        return p != null && !Pods.isTerminating(p) && Pods.isRunningAndReady(p);
    }

    private String status(String pod) {
        return PodPrinter.status(kubectl.pod(pod));
    }

    private String attachmentName(String node) {
        return AttachableVolumes.attachmentName("projects/stsviz-demo/zones/us-central1-a/disks/" + volume, PD, node);
    }

    private VolumeAttachment attachment(String node) {
        return sim.api().get(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT, null, attachmentName(node));
    }

    private boolean attached(String node) {
        VolumeAttachment va = attachment(node);
        return va != null && Boolean.TRUE.equals(va.getStatus().getAttached());
    }

    /** "type reason message (count)" of the events about the current pod of that name. */
    private List<String> events(String pod, String reason) {
        String uid = kubectl.pod(pod).getMetadata().getUid();
        List<String> lines = new ArrayList<>();
        for (Event e : sim.api().list(Event.class, Kinds.EVENT, "default")) {
            if (uid.equals(e.getInvolvedObject().getUid()) && reason.equals(e.getReason())) {
                lines.add(e.getType() + " " + e.getReason() + " " + e.getMessage() + " (" + e.getCount() + ")");
            }
        }
        return lines;
    }

    @Test
    void aPodStartsOnceItsDiskIsAttachedToItsNode() {
        sim = GkeDisks.chapterCluster(7, Profile.MODERN, 2);
        kubectl = new Kubectl(sim);
        assertThat(sim.runUntil(() -> healthy("kubia-1"), Duration.ofMinutes(2))).isTrue();
        volume = GkeDisks.volumeOf(sim, "data-kubia-0");
        String node = kubectl.pod("kubia-0").getSpec().getNodeName();
        VolumeAttachment va = attachment(node);
        assertThat(va.getMetadata().getName()).matches("csi-[0-9a-f]{64}");
        assertThat(va.getSpec().getAttacher()).isEqualTo(PD);
        assertThat(va.getSpec().getNodeName()).isEqualTo(node);
        assertThat(va.getSpec().getSource().getPersistentVolumeName()).isEqualTo(volume);
        assertThat(va.getStatus().getAttached()).isTrue();
        assertThat(va.getMetadata().getFinalizers()).containsExactly("external-attacher/pd-csi-storage-gke-io");
        assertThat(events("kubia-0", "SuccessfulAttachVolume"))
                .containsExactly("Normal SuccessfulAttachVolume AttachVolume.Attach succeeded for volume \"" + volume + "\"  (1)");
        assertThat(kubectl.node(node).getStatus().getVolumesInUse())
                .containsExactly("kubernetes.io/csi/pd.csi.storage.gke.io^projects/stsviz-demo/zones/us-central1-a/disks/" + volume);
    }

    @Test
    void modernTheReplacementWaitsSixMinutesForTheDiskWithOneMultiAttachEvent() {
        kubia0OnALostNode(Profile.MODERN);
        // the taint manager evicts after the 300 s toleration: Terminating, containers still "running" (last status)
        assertThat(sim.runUntil(() -> "Terminating".equals(status("kubia-0")), Duration.ofMinutes(6))).isTrue();
        sim.runFor(Duration.ofMinutes(1));
        assertThat(attached(lostNode)).isTrue();

        sim.actions().forceDeletePod("default", "kubia-0");
        long forceDeletedAt = sim.engine().nowMillis();
        assertThat(sim.runUntil(() -> kubectl.pod("kubia-0") != null && kubectl.pod("kubia-0").getSpec().getNodeName() != null,
                Duration.ofSeconds(10))).isTrue();
        String newNode = kubectl.pod("kubia-0").getSpec().getNodeName();
        assertThat(newNode).isNotEqualTo(lostNode);
        sim.runFor(Duration.ofMinutes(5));
        assertThat(status("kubia-0")).isEqualTo("ContainerCreating");
        assertThat(events("kubia-0", "FailedAttachVolume")).containsExactly("Warning FailedAttachVolume Multi-Attach error for volume \""
                + volume + "\" Volume is already exclusively attached to one node and can't be attached to another (1)");
        assertThat(events("kubia-0", "FailedMount")).isEmpty();
        assertThat(attachment(lostNode)).isNotNull();
        assertThat(attachment(newNode)).isNull();

        // maxWaitForUnmountDuration from the force delete: the lost node is not Ready, so the disk is force-detached
        sim.runFor(Duration.ofMillis(forceDeletedAt + 360_000 - sim.engine().nowMillis()));
        assertThat(attachment(lostNode)).isNotNull();
        assertThat(attachment(lostNode).getMetadata().getDeletionTimestamp()).isNull();
        assertThat(sim.runUntil(() -> attachment(lostNode) == null, Duration.ofSeconds(10))).isTrue();
        assertThat(sim.runUntil(() -> healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        assertThat(attached(newNode)).isTrue();
        assertThat(events("kubia-0", "SuccessfulAttachVolume"))
                .containsExactly("Normal SuccessfulAttachVolume AttachVolume.Attach succeeded for volume \"" + volume + "\"  (1)");
        assertThat(events("kubia-0", "FailedAttachVolume")).hasSize(1);
        assertThat(events("kubia-0", "FailedMount")).isEmpty();
        assertThat(sim.engine().nowMillis() - forceDeletedAt).isBetween(360_000L, 400_000L);
    }

    @Test
    void bookTheKubeletRecordsFailedMountEveryTimeItsWaitTimesOut() {
        kubia0OnALostNode(Profile.BOOK);
        // pod-eviction-timeout: NodeLost, then Terminating, which prints Unknown
        assertThat(sim.runUntil(() -> "Unknown".equals(status("kubia-0")), Duration.ofMinutes(7))).isTrue();
        sim.actions().forceDeletePod("default", "kubia-0");
        long forceDeletedAt = sim.engine().nowMillis();
        assertThat(sim.runUntil(() -> kubectl.pod("kubia-0") != null && "ContainerCreating".equals(status("kubia-0")),
                Duration.ofSeconds(10))).isTrue();
        String newNode = kubectl.pod("kubia-0").getSpec().getNodeName();
        long waitFrom = sim.engine().nowMillis();
        String failedMount = "Warning FailedMount Unable to attach or mount volumes: unmounted volumes=[data], "
                + "unattached volumes=[data]: timed out waiting for the condition";
        sim.runFor(Duration.ofMillis(122_000));
        assertThat(events("kubia-0", "FailedMount")).isEmpty();
        sim.runFor(Duration.ofMillis(2_000));
        assertThat(events("kubia-0", "FailedMount")).containsExactly(failedMount + " (1)");
        // the pod worker syncs again after 10-15 s and waits another 2 min 3 s
        sim.runFor(Duration.ofSeconds(123 + 10 - 2));
        assertThat(events("kubia-0", "FailedMount")).containsExactly(failedMount + " (1)");
        sim.runFor(Duration.ofSeconds(6));
        assertThat(events("kubia-0", "FailedMount")).containsExactly(failedMount + " (2)");
        assertThat(events("kubia-0", "FailedAttachVolume")).hasSize(1);
        assertThat(sim.runUntil(() -> attachment(lostNode) == null, Duration.ofMinutes(3))).isTrue();
        assertThat(sim.engine().nowMillis() - forceDeletedAt).isBetween(360_000L, 370_000L);
        assertThat(sim.runUntil(() -> healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        assertThat(attached(newNode)).isTrue();
        assertThat(waitFrom).isPositive();
    }

    @Test
    void aSecondPodOnAnotherNodeIsToldWhichPodHoldsTheDisk() {
        sim = GkeDisks.chapterCluster(7, Profile.MODERN, 2);
        kubectl = new Kubectl(sim);
        assertThat(sim.runUntil(() -> healthy("kubia-1"), Duration.ofMinutes(2))).isTrue();
        volume = GkeDisks.volumeOf(sim, "data-kubia-0");
        String holder = kubectl.pod("kubia-0").getSpec().getNodeName();
        String other = sim.api().list(Node.class, Kinds.NODE, null).stream().map(n -> n.getMetadata().getName())
                .filter(n -> !n.equals(holder)).findFirst().orElseThrow();
        sim.api().create(new io.fabric8.kubernetes.api.model.PodBuilder()
                .withNewMetadata().withName("reader").withNamespace("default").endMetadata()
                .withNewSpec().withNodeName(other)
                .addNewContainer().withName("main").withImage("busybox").addNewVolumeMount().withName("data").withMountPath("/data").endVolumeMount().endContainer()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data-kubia-0").endPersistentVolumeClaim().endVolume()
                .endSpec().build());
        sim.runFor(Duration.ofMinutes(1));
        assertThat(status("reader")).isEqualTo("ContainerCreating");
        assertThat(events("reader", "FailedAttachVolume")).containsExactly("Warning FailedAttachVolume Multi-Attach error for volume \""
                + volume + "\" Volume is already used by pod(s) kubia-0 (1)");
        assertThat(attachment(other)).isNull();
    }

    private void taintOutOfService(String node) {
        Node copy = new io.fabric8.kubernetes.api.model.NodeBuilder(kubectl.node(node)).editSpec()
                .addToTaints(new TaintBuilder().withKey("node.kubernetes.io/out-of-service").withValue("nodeshutdown")
                        .withEffect("NoExecute").build())
                .endSpec().build();
        sim.api().update(copy);
    }

    @Test
    void modernTheOutOfServiceTaintDetachesAtOnce() {
        kubia0OnALostNode(Profile.MODERN);
        taintOutOfService(lostNode);
        // the taint manager evicts the pod (no toleration for the taint), PodGC force-deletes it (NotReady + taint)
        assertThat(sim.runUntil(() -> kubectl.pod("kubia-0") == null || !lostNode.equals(kubectl.pod("kubia-0").getSpec().getNodeName()),
                Duration.ofMinutes(1))).isTrue();
        long oldPodGoneAt = sim.engine().nowMillis();
        assertThat(sim.runUntil(() -> attachment(lostNode) == null, Duration.ofSeconds(10))).isTrue();
        assertThat(sim.runUntil(() -> healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        assertThat(sim.engine().nowMillis() - oldPodGoneAt).isLessThan(30_000);
        String newNode = kubectl.pod("kubia-0").getSpec().getNodeName();
        assertThat(newNode).isNotEqualTo(lostNode);
        assertThat(attached(newNode)).isTrue();
        // the detach was under way before the new pod asked for the disk: no Multi-Attach error
        assertThat(events("kubia-0", "FailedAttachVolume")).isEmpty();
    }

    @Test
    void bookTheOutOfServiceTaintChangesNothingAndTheDiskWaitsSixMinutes() {
        kubia0OnALostNode(Profile.BOOK);
        taintOutOfService(lostNode);
        assertThat(sim.runUntil(() -> "Unknown".equals(status("kubia-0")), Duration.ofMinutes(7))).isTrue();
        sim.runFor(Duration.ofMinutes(1)); // PodGC leaves it (NodeOutOfServiceVolumeDetach is off in 1.24)
        assertThat(kubectl.pod("kubia-0").getSpec().getNodeName()).isEqualTo(lostNode);
        sim.actions().forceDeletePod("default", "kubia-0");
        long forceDeletedAt = sim.engine().nowMillis();
        sim.runFor(Duration.ofMinutes(5));
        assertThat(attached(lostNode)).isTrue();
        assertThat(status("kubia-0")).isEqualTo("ContainerCreating");
        assertThat(events("kubia-0", "FailedAttachVolume")).hasSize(1);
        assertThat(sim.runUntil(() -> attachment(lostNode) == null, Duration.ofMinutes(2))).isTrue();
        assertThat(sim.engine().nowMillis() - forceDeletedAt).isBetween(360_000L, 370_000L);
        assertThat(sim.runUntil(() -> healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void aHealthyKubeletUnmountsWhenItsPodIsGoneSoTheDiskMovesWithinSeconds() {
        sim = GkeDisks.chapterCluster(7, Profile.MODERN, 2);
        kubectl = new Kubectl(sim);
        assertThat(sim.runUntil(() -> healthy("kubia-1"), Duration.ofMinutes(2))).isTrue();
        volume = GkeDisks.volumeOf(sim, "data-kubia-0");
        String oldNode = kubectl.pod("kubia-0").getSpec().getNodeName();
        String oldUid = kubectl.pod("kubia-0").getMetadata().getUid();
        sim.actions().cordon(oldNode);
        sim.actions().deletePod("default", "kubia-0");
        // the app ignores SIGTERM: the pod goes after its 30 s grace period
        assertThat(sim.runUntil(() -> kubectl.pod("kubia-0") == null || !oldUid.equals(kubectl.pod("kubia-0").getMetadata().getUid()),
                Duration.ofSeconds(40))).isTrue();
        long oldPodGoneAt = sim.engine().nowMillis();
        // the node's next status drops the volume from volumesInUse (10 s at most), then the disk is detached
        assertThat(sim.runUntil(() -> attachment(oldNode) == null, Duration.ofSeconds(20))).isTrue();
        assertThat(sim.runUntil(() -> healthy("kubia-0"), Duration.ofSeconds(30))).isTrue();
        assertThat(sim.engine().nowMillis() - oldPodGoneAt).isLessThan(30_000);
        assertThat(kubectl.pod("kubia-0").getSpec().getNodeName()).isNotEqualTo(oldNode);
        assertThat(events("kubia-0", "FailedAttachVolume")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void gkeReconnectIsAResetThatRestartsTheContainersOfPodsStillBoundThere() {
        assertThat(ClusterPreset.GKE.reconnectReboots()).isTrue();
        assertThat(ClusterPreset.MINIKUBE.reconnectReboots()).isFalse();
        assertThat(ClusterPreset.KIND.reconnectReboots()).isFalse();
        kubia0OnALostNode(Profile.MODERN);
        Pod before = kubectl.pod("kubia-0");
        String startedAt = before.getStatus().getContainerStatuses().get(0).getState().getRunning().getStartedAt();
        sim.actions().reconnectNode(lostNode);
        sim.runFor(Duration.ofSeconds(29)); // still booting
        assertThat(NodePrinter.status(kubectl.node(lostNode))).isEqualTo("NotReady");
        assertThat(sim.runUntil(() -> healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        Pod after = kubectl.pod("kubia-0");
        assertThat(after.getMetadata().getUid()).isEqualTo(before.getMetadata().getUid());
        assertThat(after.getSpec().getNodeName()).isEqualTo(lostNode);
        var container = after.getStatus().getContainerStatuses().get(0);
        assertThat(container.getRestartCount()).isEqualTo(1);
        assertThat(container.getState().getRunning().getStartedAt()).isNotEqualTo(startedAt);
        assertThat(container.getLastState().getTerminated().getExitCode()).isEqualTo(255);
        assertThat(container.getLastState().getTerminated().getReason()).isEqualTo("Unknown");
        assertThat(container.getLastState().getTerminated().getStartedAt()).isEqualTo(startedAt);
        assertThat(PodPrinter.restarts(after, sim.now())).startsWith("1 (");
        assertThat(events("kubia-0", "SandboxChanged"))
                .containsExactly("Normal SandboxChanged Pod sandbox changed, it will be killed and re-created. (1)");
        assertThat(events("kubia-0", "Started")).containsExactly("Normal Started Started container kubia (2)");
        // the disk stayed attached through the reset
        assertThat(attached(lostNode)).isTrue();
        assertThat(sim.kubelet(lostNode).orphanedContainers()).isEmpty();
    }

    @Test
    void aPodForceDeletedWhileItsNodeWasLostIsCleanedUpAfterTheReset() {
        kubia0OnALostNode(Profile.MODERN);
        assertThat(sim.runUntil(() -> "Terminating".equals(status("kubia-0")), Duration.ofMinutes(6))).isTrue();
        sim.actions().forceDeletePod("default", "kubia-0");
        assertThat(sim.kubelet(lostNode).orphanedContainers()).containsExactly("default/kubia-0");
        sim.runFor(Duration.ofMinutes(7));
        assertThat(healthy("kubia-0")).isTrue();
        sim.actions().reconnectNode(lostNode);
        sim.runFor(Duration.ofMinutes(1));
        assertThat(sim.kubelet(lostNode).orphanedContainers()).isEmpty();
        assertThat(sim.kubelet(lostNode).runningContainers()).isEmpty();
        assertThat(attachment(lostNode)).isNull();
        assertThat(healthy("kubia-0")).isTrue();
    }

    /** Every event and VolumeAttachment change of the lost-node story, with its virtual time. */
    private static String traceOfLostNodeStory(long seed) {
        AttachDetachTest t = new AttachDetachTest();
        StringBuilder sb = new StringBuilder();
        t.sim = GkeDisks.chapterCluster(seed, Profile.BOOK, 2);
        t.kubectl = new Kubectl(t.sim);
        t.sim.watch(e -> {
            if (e.object() instanceof Event || e.object() instanceof VolumeAttachment) {
                sb.append(t.sim.engine().nowMillis()).append(' ').append(e.type()).append(' ')
                        .append(new io.fabric8.kubernetes.client.utils.KubernetesSerialization().asJson(e.object())).append('\n');
            }
        });
        t.sim.runUntil(() -> t.healthy("kubia-1"), Duration.ofMinutes(2));
        String node = t.kubectl.pod("kubia-0").getSpec().getNodeName();
        t.sim.actions().disconnectNode(node);
        t.sim.runFor(Duration.ofMinutes(7));
        t.sim.actions().forceDeletePod("default", "kubia-0");
        t.sim.runFor(Duration.ofMinutes(8));
        t.sim.actions().reconnectNode(node);
        t.sim.runFor(Duration.ofMinutes(2));
        return sb.toString();
    }

    @Test
    void sameSeedSameAttachDetachStory() {
        String first = traceOfLostNodeStory(7);
        assertThat(first).contains("FailedAttachVolume", "FailedMount", "SuccessfulAttachVolume", "DELETED");
        assertThat(traceOfLostNodeStory(7)).isEqualTo(first);
    }

    @Test
    void theSimulatedSourceFeedsVolumeAttachmentsToTheClusterState() {
        try (SimulatedClusterSource source = new SimulatedClusterSource(() -> GkeDisks.chapterCluster(7, Profile.MODERN, 2),
                System::nanoTime)) {
            source.start(false);
            source.advance(Duration.ofMinutes(1));
            assertThat(source.state().list(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT)).hasSize(2)
                    .allMatch(va -> Boolean.TRUE.equals(va.getStatus().getAttached()));
        }
    }
}
