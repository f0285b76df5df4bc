package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.context.VolumeLocation;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where each preset's storage keeps a pod's data, and how its claims bind: minikube's hostPath directories on the
 * node that wrote them, kind's local-path volumes bound when the first pod is scheduled and pinned to its node,
 * GKE's persistent disks bound the same way but following the pod.
 */
class StoragePresetsTest {
    private static final String DATA = "This is a request for kubia-0 pod.";
    private Simulation sim;
    private SimulationConsoleBackend backend;

    private void cluster(Profile profile, ClusterPreset preset, int nodes) {
        sim = Simulation.chapterCluster(11, profile, preset, nodes);
        backend = new SimulationConsoleBackend(sim);
    }

    private String get(String pod) {
        return backend.proxy("GET", "/api/v1/namespaces/default/pods/" + pod + "/proxy/", null).body();
    }

    private String post(String pod, String body) {
        return backend.proxy("POST", "/api/v1/namespaces/default/pods/" + pod + "/proxy/", body).body();
    }

    private static String stored(String pod, String data) {
        return "You've hit " + pod + "\nData stored on this pod: " + data + "\n";
    }

    private Pod pod(String name) {
        return sim.api().get(Pod.class, Kinds.POD, "default", name);
    }

    private boolean running(String name) {
        Pod p = pod(name);
        return p != null && !Pods.isTerminating(p) && Pods.isRunningAndReady(p);
    }

    private void awaitRunning(String name) {
        assertThat(sim.runUntil(() -> running(name), Duration.ofMinutes(2))).as(name + " runs").isTrue();
    }

    private String nodeOf(String name) {
        return pod(name).getSpec().getNodeName();
    }

    private PersistentVolumeClaim claim(String name) {
        return sim.api().get(PersistentVolumeClaim.class, Kinds.PVC, "default", name);
    }

    private PersistentVolume volumeOf(String claim) {
        return sim.api().get(PersistentVolume.class, Kinds.PV, null, claim(claim).getSpec().getVolumeName());
    }

    /** "Type Reason source: message" of an object's events, oldest first; " (xN)" when repeated. */
    private List<String> events(String name, String reason) {
        List<String> lines = new ArrayList<>();
        for (Event e : sim.api().list(Event.class, Kinds.EVENT, "default")) {
            if (e.getInvolvedObject().getName().equals(name) && (reason == null || reason.equals(e.getReason()))) {
                lines.add(e.getType() + " " + e.getReason() + " " + e.getSource().getComponent() + ": " + e.getMessage()
                        + (e.getCount() != null && e.getCount() > 1 ? " (x" + e.getCount() + ")" : ""));
            }
        }
        return lines;
    }

    private static List<String> affinity(PersistentVolume pv) {
        List<String> terms = new ArrayList<>();
        for (NodeSelectorRequirement r : pv.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms().get(0).getMatchExpressions()) {
            terms.add(r.getKey() + " " + r.getOperator() + " " + r.getValues());
        }
        return terms;
    }

    private void forceDeleteAndAwait(String name) {
        String uid = pod(name).getMetadata().getUid();
        sim.actions().forceDeletePod("default", name);
        assertThat(sim.runUntil(() -> pod(name) != null && !uid.equals(pod(name).getMetadata().getUid()), Duration.ofSeconds(30))).isTrue();
    }

    // ---- minikube ----

    @Test
    void onAThreeNodeMinikubeThePodFindsItsDataOnlyOnTheNodeWhereItWroteIt() {
        cluster(Profile.MODERN, ClusterPreset.MINIKUBE, 3);
        awaitRunning("kubia-1");
        PersistentVolume pv = volumeOf("data-kubia-0");
        assertThat(pv.getSpec().getHostPath().getPath()).isEqualTo("/tmp/hostpath-provisioner/default/data-kubia-0");
        assertThat(pv.getSpec().getNodeAffinity()).isNull();
        assertThat(pv.getMetadata().getAnnotations()).containsKey("hostPathProvisionerIdentity")
                .containsEntry("pv.kubernetes.io/provisioned-by", "k8s.io/minikube-hostpath");

        String first = nodeOf("kubia-0");
        assertThat(post("kubia-0", DATA)).isEqualTo("Data stored on pod kubia-0\n");
        assertThat(get("kubia-0")).isEqualTo(stored("kubia-0", DATA));

        // no node affinity: the new pod may run anywhere, and there the kubelet creates an empty directory
        sim.actions().cordon(first);
        forceDeleteAndAwait("kubia-0");
        awaitRunning("kubia-0");
        String second = nodeOf("kubia-0");
        assertThat(second).isNotEqualTo(first);
        assertThat(get("kubia-0")).isEqualTo(stored("kubia-0", "No data posted yet"));
        assertThat(claim("data-kubia-0").getSpec().getVolumeName()).isEqualTo(pv.getMetadata().getName());

        // back on the first node, the files written there are there again
        sim.actions().uncordon(first);
        for (String node : Simulation.DEFAULT_NODES) {
            if (!node.equals(first)) {
                sim.actions().cordon(node);
            }
        }
        forceDeleteAndAwait("kubia-0");
        awaitRunning("kubia-0");
        assertThat(nodeOf("kubia-0")).isEqualTo(first);
        assertThat(get("kubia-0")).isEqualTo(stored("kubia-0", DATA));
    }

    @Test
    void onASingleNodeMinikubeTheDataSurvivesThePod() {
        cluster(Profile.BOOK, ClusterPreset.MINIKUBE, 1);
        awaitRunning("kubia-1");
        post("kubia-0", DATA);
        String uid = pod("kubia-0").getMetadata().getUid();
        sim.actions().deletePod("default", "kubia-0");
        assertThat(sim.runUntil(() -> running("kubia-0") && !uid.equals(pod("kubia-0").getMetadata().getUid()), Duration.ofMinutes(2))).isTrue();
        assertThat(nodeOf("kubia-0")).isEqualTo("minikube");
        assertThat(get("kubia-0")).isEqualTo(stored("kubia-0", DATA));
    }

    @Test
    void minikubesProvisionerDeletesTheDirectoryOnThePrimaryNodeOnly() {
        cluster(Profile.MODERN, ClusterPreset.MINIKUBE, 3);
        awaitRunning("kubia-1");
        String path = volumeOf("data-kubia-1").getSpec().getHostPath().getPath();
        sim.disks().write(VolumeLocation.onNode("minikube", path), "/var/data/kubia.txt", "on the primary");
        sim.disks().write(VolumeLocation.onNode("minikube-m02", path), "/var/data/kubia.txt", "on m02");
        sim.actions().scale("default", "kubia", 1);
        assertThat(sim.runUntil(() -> pod("kubia-1") == null, Duration.ofMinutes(2))).isTrue();
        String pvName = claim("data-kubia-1").getSpec().getVolumeName();
        sim.actions().delete(Kinds.PVC, "default", "data-kubia-1", null);
        assertThat(sim.runUntil(() -> sim.api().get(PersistentVolume.class, Kinds.PV, null, pvName) == null, Duration.ofMinutes(1))).isTrue();
        assertThat(sim.disks().read(VolumeLocation.onNode("minikube", path), "/var/data/kubia.txt")).isEmpty();
        // as on a real multi-node minikube: the provisioner never sees the other nodes' directories
        assertThat(sim.disks().read(VolumeLocation.onNode("minikube-m02", path), "/var/data/kubia.txt")).contains("on m02");
    }

    // ---- kind ----

    private static String externalProvisioning(Profile profile, String provisioner) {
        return profile.has(Profile.Capability.EXTERNAL_PROVISIONING_WAITING_WORDING)
                ? "Waiting for a volume to be created either by the external provisioner '" + provisioner + "' or manually by the "
                        + "system administrator. If volume creation is delayed, please verify that the provisioner is running and "
                        + "correctly registered."
                : "waiting for a volume to be created, either by external provisioner \"" + provisioner
                        + "\" or manually created by system administrator";
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void kindBindsAClaimWhenItsFirstPodIsScheduledToALocalPathVolumeOnThatNode(Profile profile) {
        cluster(profile, ClusterPreset.KIND, 0);
        // what the claim and the pod looked like when the PV controller said it waits
        List<String> whileWaiting = new ArrayList<>();
        List<String> whenScheduled = new ArrayList<>();
        sim.watch(e -> {
            if (e.type() == WatchEvent.Type.ADDED && e.object() instanceof Event ev && "WaitForFirstConsumer".equals(ev.getReason())) {
                whileWaiting.add(claim("data-kubia-0").getStatus().getPhase() + " " + claim("data-kubia-0").getSpec().getVolumeName()
                        + " " + nodeOf("kubia-0"));
            }
            if (e.object() instanceof Pod p && e.oldObject() instanceof Pod old && p.getMetadata().getName().equals("kubia-0")
                    && old.getSpec().getNodeName() == null && p.getSpec().getNodeName() != null) {
                whenScheduled.add(claim("data-kubia-0").getStatus().getPhase());
            }
        });
        awaitRunning("kubia-1");
        assertThat(whileWaiting).first().isEqualTo("Pending null null");
        assertThat(whenScheduled).containsExactly("Bound");

        String node = nodeOf("kubia-0");
        PersistentVolumeClaim pvc = claim("data-kubia-0");
        String uid = pvc.getMetadata().getUid();
        assertThat(pvc.getMetadata().getAnnotations())
                .containsEntry("volume.kubernetes.io/selected-node", node)
                .containsEntry("volume.kubernetes.io/storage-provisioner", "rancher.io/local-path")
                .containsEntry("volume.beta.kubernetes.io/storage-provisioner", "rancher.io/local-path")
                .containsEntry("pv.kubernetes.io/bind-completed", "yes")
                .containsEntry("pv.kubernetes.io/bound-by-controller", "yes");
        PersistentVolume pv = volumeOf("data-kubia-0");
        assertThat(pv.getMetadata().getName()).isEqualTo("pvc-" + uid);
        assertThat(pv.getMetadata().getAnnotations()).containsEntry("pv.kubernetes.io/provisioned-by", "rancher.io/local-path");
        assertThat(pv.getSpec().getHostPath().getPath()).isEqualTo("/var/local-path-provisioner/pvc-" + uid + "_default_data-kubia-0");
        assertThat(pv.getSpec().getHostPath().getType()).isEqualTo("DirectoryOrCreate");
        assertThat(affinity(pv)).containsExactly("kubernetes.io/hostname In [" + node + "]");
        assertThat(pv.getSpec().getVolumeMode()).isEqualTo("Filesystem");
        assertThat(pv.getSpec().getPersistentVolumeReclaimPolicy()).isEqualTo("Delete");
        assertThat(pv.getSpec().getCapacity()).containsEntry("storage", new Quantity("1Mi"));

        List<String> claimEvents = events("data-kubia-0", null);
        assertThat(claimEvents).hasSize(4);
        assertThat(claimEvents.get(0)).isEqualTo("Normal WaitForFirstConsumer persistentvolume-controller: "
                + "waiting for first consumer to be created before binding");
        assertThat(claimEvents.get(1)).isEqualTo("Normal ExternalProvisioning persistentvolume-controller: "
                + externalProvisioning(profile, "rancher.io/local-path"));
        assertThat(claimEvents.get(2)).matches("Normal Provisioning rancher\\.io/local-path_local-path-provisioner-[b-z2-9]{10}-[b-z2-9]{5}"
                + "_[0-9a-f-]{36}: External provisioner is provisioning volume for claim \"default/data-kubia-0\"");
        assertThat(claimEvents.get(3)).matches("Normal ProvisioningSucceeded rancher\\.io/local-path_\\S+: Successfully provisioned volume pvc-"
                + uid);
        assertThat(events("kubia-0", "Scheduled")).containsExactly(
                "Normal Scheduled default-scheduler: Successfully assigned default/kubia-0 to " + node);
    }

    @Test
    void aWaitForFirstConsumerClaimWithoutAPodWaitsAndSaysSoEverySyncPeriod() {
        cluster(Profile.MODERN, ClusterPreset.KIND, 0);
        sim.api().create(new PersistentVolumeClaimBuilder().withNewMetadata().withName("lonely").withNamespace("default").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withNewResources().addToRequests("storage", new Quantity("1Mi"))
                .endResources().endSpec().build());
        sim.runFor(Duration.ofSeconds(31));
        assertThat(claim("lonely").getStatus().getPhase()).isEqualTo("Pending");
        assertThat(claim("lonely").getMetadata().getAnnotations()).doesNotContainKey("volume.kubernetes.io/selected-node");
        assertThat(events("lonely", null)).containsExactly("Normal WaitForFirstConsumer persistentvolume-controller: "
                + "waiting for first consumer to be created before binding (x3)");
    }

    @Test
    void aClaimWhosePodCannotBeScheduledSaysWhichPodItWaitsFor() {
        cluster(Profile.BOOK, ClusterPreset.KIND, 0);
        for (String worker : List.of("kind-worker", "kind-worker2", "kind-worker3")) {
            sim.actions().cordon(worker);
        }
        sim.runFor(Duration.ofSeconds(31));
        assertThat(pod("kubia-0").getSpec().getNodeName()).isNull();
        assertThat(claim("data-kubia-0").getMetadata().getAnnotations()).doesNotContainKey("volume.kubernetes.io/selected-node");
        // the first sync ran before the StatefulSet created the pod; the periodic ones see it unscheduled
        assertThat(events("data-kubia-0", null)).containsExactly(
                "Normal WaitForFirstConsumer persistentvolume-controller: waiting for first consumer to be created before binding",
                "Normal WaitForPodScheduled persistentvolume-controller: waiting for pod kubia-0 to be scheduled (x2)");
    }

    /**
     * kind's FailedScheduling for kubia-0 whose local-path PV is on a lost worker: 1.24 filters every node (the control
     * plane's first taint, the lost node's, the other workers' affinity conflict); from 1.25 VolumeBinding's
     * PreFilterResult leaves only the PV's node, and the others are not listed.
     */
    private static String pinnedToALostNode(Profile profile) {
        return profile.has(Profile.Capability.VOLUME_BINDING_PRE_FILTER_RESULT)
                ? "0/4 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. "
                        + "preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling."
                : "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/master: }, "
                        + "1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, "
                        + "2 node(s) had volume node affinity conflict. "
                        + "preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.";
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void onKindThePodOfALostNodeWaitsForThatNodeAndRunsThereWithItsData(Profile profile) {
        cluster(profile, ClusterPreset.KIND, 0);
        awaitRunning("kubia-1");
        String node = nodeOf("kubia-0");
        post("kubia-0", DATA);

        sim.actions().disconnectNode(node);
        sim.runFor(Duration.ofSeconds(60)); // NotReady, tainted unreachable
        forceDeleteAndAwait("kubia-0");
        sim.runFor(Duration.ofSeconds(30));
        Pod pending = pod("kubia-0");
        assertThat(pending.getSpec().getNodeName()).isNull();
        assertThat(Pods.condition(pending, "PodScheduled").getMessage()).isEqualTo(pinnedToALostNode(profile));
        assertThat(events("kubia-0", "FailedScheduling")).isNotEmpty()
                .allMatch(line -> line.startsWith("Warning FailedScheduling default-scheduler: " + pinnedToALostNode(profile)));

        sim.actions().reconnectNode(node);
        awaitRunning("kubia-0");
        assertThat(nodeOf("kubia-0")).isEqualTo(node);
        assertThat(get("kubia-0")).isEqualTo(stored("kubia-0", DATA));
    }

    @Test
    void localPathsHelperDeletesTheDirectoryOnThePvsNode() {
        cluster(Profile.MODERN, ClusterPreset.KIND, 0);
        awaitRunning("kubia-1");
        post("kubia-1", "kubia-1's");
        String node = nodeOf("kubia-1");
        VolumeLocation where = VolumeLocation.of(volumeOf("data-kubia-1"), node);
        assertThat(sim.disks().read(where, "/var/data/kubia.txt")).contains("kubia-1's");
        sim.actions().scale("default", "kubia", 1);
        assertThat(sim.runUntil(() -> pod("kubia-1") == null, Duration.ofMinutes(2))).isTrue();
        sim.actions().delete(Kinds.PVC, "default", "data-kubia-1", null);
        sim.runFor(Duration.ofSeconds(10));
        assertThat(sim.api().list(PersistentVolume.class, Kinds.PV, null)).hasSize(1);
        assertThat(sim.disks().read(where, "/var/data/kubia.txt")).isEmpty();
    }

    // ---- GKE ----

    @Test
    void onGkeTheClaimBindsToAZonalPdThatFollowsThePod() {
        cluster(Profile.MODERN, ClusterPreset.GKE, 0);
        awaitRunning("kubia-1");
        PersistentVolumeClaim pvc = claim("data-kubia-0");
        String uid = pvc.getMetadata().getUid();
        assertThat(pvc.getSpec().getStorageClassName()).isEqualTo("standard-rwo");
        assertThat(pvc.getMetadata().getAnnotations()).containsEntry("volume.kubernetes.io/selected-node", nodeOf("kubia-0"))
                .containsEntry("volume.kubernetes.io/storage-provisioner", "pd.csi.storage.gke.io");
        PersistentVolume pv = volumeOf("data-kubia-0");
        assertThat(pv.getMetadata().getName()).isEqualTo("pvc-" + uid);
        assertThat(pv.getSpec().getCsi().getDriver()).isEqualTo("pd.csi.storage.gke.io");
        assertThat(pv.getSpec().getCsi().getFsType()).isEqualTo("ext4");
        assertThat(pv.getSpec().getCsi().getVolumeHandle()).isEqualTo("projects/stsviz-demo/zones/us-central1-a/disks/pvc-" + uid);
        assertThat(pv.getSpec().getCsi().getVolumeAttributes().get("storage.kubernetes.io/csiProvisionerIdentity"))
                .matches("\\d{13}-\\d{1,4}-pd\\.csi\\.storage\\.gke\\.io");
        assertThat(affinity(pv)).containsExactly("topology.gke.io/zone In [us-central1-a]");
        assertThat(pv.getSpec().getCapacity()).containsEntry("storage", new Quantity("1Gi"));
        assertThat(pvc.getStatus().getCapacity()).containsEntry("storage", new Quantity("1Gi"));
        assertThat(events("data-kubia-0", "Provisioning")).singleElement().asString()
                .matches("Normal Provisioning pd\\.csi\\.storage\\.gke\\.io_gke-[0-9a-f]{20}-[0-9a-f]{4}-[0-9a-f]{4}-vm_[0-9a-f-]{36}: "
                        + "External provisioner is provisioning volume for claim \"default/data-kubia-0\"");

        String first = nodeOf("kubia-0");
        post("kubia-0", DATA);
        sim.actions().cordon(first);
        forceDeleteAndAwait("kubia-0");
        awaitRunning("kubia-0");
        assertThat(nodeOf("kubia-0")).isNotEqualTo(first);
        assertThat(get("kubia-0")).isEqualTo(stored("kubia-0", DATA));
    }

    @Test
    void gkesLegacyStandardClassBindsAtOnceToAMigratedGcePersistentDisk() {
        cluster(Profile.BOOK, ClusterPreset.GKE, 0);
        sim.api().create(new PersistentVolumeClaimBuilder().withNewMetadata().withName("legacy").withNamespace("default").endMetadata()
                .withNewSpec().withStorageClassName("standard").withAccessModes("ReadWriteOnce")
                .withNewResources().addToRequests("storage", new Quantity("1Mi")).endResources().endSpec().build());
        assertThat(sim.runUntil(() -> "Bound".equals(claim("legacy").getStatus().getPhase()), Duration.ofSeconds(10))).isTrue();
        PersistentVolumeClaim pvc = claim("legacy");
        assertThat(pvc.getMetadata().getAnnotations()).doesNotContainKey("volume.kubernetes.io/selected-node")
                .containsEntry("volume.kubernetes.io/storage-provisioner", "pd.csi.storage.gke.io")
                .containsEntry("pv.kubernetes.io/migrated-to", "pd.csi.storage.gke.io");
        PersistentVolume pv = volumeOf("legacy");
        assertThat(pv.getSpec().getCsi()).isNull();
        assertThat(pv.getSpec().getGcePersistentDisk().getPdName()).isEqualTo(pv.getMetadata().getName());
        assertThat(pv.getSpec().getGcePersistentDisk().getFsType()).isEqualTo("ext4");
        assertThat(affinity(pv)).containsExactly("topology.kubernetes.io/region In [us-central1]",
                "topology.kubernetes.io/zone In [us-central1-a]");
        assertThat(events("legacy", "ExternalProvisioning")).containsExactly("Normal ExternalProvisioning persistentvolume-controller: "
                + externalProvisioning(Profile.BOOK, "pd.csi.storage.gke.io"));
        assertThat(VolumeLocation.of(pv, "any-node")).isEqualTo(VolumeLocation.disk(
                "projects/stsviz-demo/zones/us-central1-a/disks/" + pv.getMetadata().getName()));
    }
}
