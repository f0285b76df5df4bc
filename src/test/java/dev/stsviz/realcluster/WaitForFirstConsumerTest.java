package dev.stsviz.realcluster;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WaitForFirstConsumer on a real 1.24 control plane against the simulator's book profile: a claim of a delayed-binding
 * class (rancher.io/local-path's, this test acting as the provisioner on the real side) waits, the scheduler writes the
 * node it picked into the claim, the PV controller hands it to the provisioner, the pod is bound only after the claim;
 * then the PV's node is lost and a new pod of the claim cannot be scheduled, with the same FailedScheduling message.
 */
@RealCluster(eviction = "nodelost")
class WaitForFirstConsumerTest {
    private static final String PROVISIONER = "rancher.io/local-path";
    private static final String SELECTED_NODE = "volume.kubernetes.io/selected-node";
    private final ControlPlane cluster;

    WaitForFirstConsumerTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    /** What a run shows: the PV controller's claim events, the claim's annotations, the new pod's FailedScheduling. */
    private record Observed(List<String> claimEvents, String selectedNode, String podNodeWhenSelected, Map<String, String> provisionerAnnotations,
                            String failedScheduling) {
    }

    private static StorageClass storageClass(String name) {
        return new StorageClassBuilder().withNewMetadata().withName(name).endMetadata().withProvisioner(PROVISIONER)
                .withReclaimPolicy("Delete").withVolumeBindingMode("WaitForFirstConsumer").build();
    }

    private static PersistentVolumeClaim claim(String namespace, String storageClass) {
        return new PersistentVolumeClaimBuilder().withNewMetadata().withName("data").withNamespace(namespace).endMetadata()
                .withNewSpec().withStorageClassName(storageClass).withAccessModes("ReadWriteOnce")
                .withNewResources().addToRequests("storage", new Quantity("1Mi")).endResources().endSpec().build();
    }

    private static Pod pod(String namespace) {
        return new PodBuilder().withNewMetadata().withName("app").withNamespace(namespace).endMetadata()
                .withNewSpec().addNewContainer().withName("kubia").withImage("luksa/kubia-pet")
                .addNewVolumeMount().withName("data").withMountPath("/var/data").endVolumeMount().endContainer()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data").endPersistentVolumeClaim().endVolume()
                .endSpec().build();
    }

    /** The PV local-path's provisioner makes for the claim on the node (provisioner.go provisionFor). */
    private static PersistentVolume localPathVolume(PersistentVolumeClaim pvc, String hostname) {
        String name = "pvc-" + pvc.getMetadata().getUid();
        return new PersistentVolumeBuilder().withNewMetadata().withName(name)
                .addToAnnotations("pv.kubernetes.io/provisioned-by", PROVISIONER).endMetadata()
                .withNewSpec().withCapacity(Map.of("storage", new Quantity("1Mi"))).withAccessModes("ReadWriteOnce")
                .withPersistentVolumeReclaimPolicy("Delete").withStorageClassName(pvc.getSpec().getStorageClassName())
                .withVolumeMode("Filesystem")
                .withNewHostPath().withPath("/var/local-path-provisioner/" + name + "_" + pvc.getMetadata().getNamespace() + "_data")
                .withType("DirectoryOrCreate").endHostPath()
                .withNewClaimRef().withKind("PersistentVolumeClaim").withApiVersion("v1").withNamespace(pvc.getMetadata().getNamespace())
                .withName("data").withUid(pvc.getMetadata().getUid()).endClaimRef()
                .withNewNodeAffinity().withNewRequired().addNewNodeSelectorTerm().addNewMatchExpression().withKey("kubernetes.io/hostname")
                .withOperator("In").withValues(hostname).endMatchExpression().endNodeSelectorTerm().endRequired().endNodeAffinity()
                .endSpec().build();
    }

    private static List<String> claimEvents(List<Event> events) {
        List<String> lines = new ArrayList<>();
        events.stream().filter(e -> "PersistentVolumeClaim".equals(e.getInvolvedObject().getKind())
                        && "persistentvolume-controller".equals(e.getSource().getComponent()))
                .sorted(Comparator.comparing(Event::getFirstTimestamp).thenComparing(e -> e.getMetadata().getName()))
                .forEach(e -> lines.add(e.getReason() + ": " + e.getMessage()));
        return lines;
    }

    private static String failedScheduling(List<Event> events, String podUid) {
        return events.stream().filter(e -> "FailedScheduling".equals(e.getReason()) && podUid.equals(e.getInvolvedObject().getUid()))
                .map(Event::getMessage).reduce((a, b) -> b).orElse(null);
    }

    private static Map<String, String> provisionerAnnotations(PersistentVolumeClaim pvc) {
        Map<String, String> a = pvc.getMetadata().getAnnotations();
        return Map.of("volume.kubernetes.io/storage-provisioner", String.valueOf(a.get("volume.kubernetes.io/storage-provisioner")),
                "volume.beta.kubernetes.io/storage-provisioner", String.valueOf(a.get("volume.beta.kubernetes.io/storage-provisioner")));
    }

    private Observed real() {
        try (KubernetesClient admin = cluster.client("admin")) {
            String namespace = cluster.createNamespace("wffc");
            String className = "wffc-" + namespace;
            admin.resource(storageClass(className)).create();
            PersistentVolume pv = null;
            String node = null;
            try {
                admin.resource(claim(namespace, className)).create();
                Function<String, PersistentVolumeClaim> getClaim = n -> admin.persistentVolumeClaims().inNamespace(namespace).withName(n).get();
                ControlPlane.waitUntil(Duration.ofSeconds(30), "WaitForFirstConsumer", () -> admin.v1().events().inNamespace(namespace).list()
                        .getItems().stream().anyMatch(e -> "WaitForFirstConsumer".equals(e.getReason())));
                admin.resource(pod(namespace)).create();
                ControlPlane.waitUntil(Duration.ofSeconds(30), "selected-node", () -> getClaim.apply("data").getMetadata().getAnnotations()
                        .containsKey(SELECTED_NODE));
                PersistentVolumeClaim pvc = getClaim.apply("data");
                node = pvc.getMetadata().getAnnotations().get(SELECTED_NODE);
                String podNode = admin.pods().inNamespace(namespace).withName("app").get().getSpec().getNodeName();
                ControlPlane.waitUntil(Duration.ofSeconds(30), "ExternalProvisioning", () -> admin.v1().events().inNamespace(namespace).list()
                        .getItems().stream().anyMatch(e -> "ExternalProvisioning".equals(e.getReason())));
                Node n = admin.nodes().withName(node).get();
                pv = admin.resource(localPathVolume(getClaim.apply("data"), n.getMetadata().getLabels().get("kubernetes.io/hostname"))).create();
                String boundTo = node;
                ControlPlane.waitUntil(Duration.ofSeconds(60), "app bound to " + boundTo,
                        () -> boundTo.equals(admin.pods().inNamespace(namespace).withName("app").get().getSpec().getNodeName()));
                Map<String, String> annotations = provisionerAnnotations(getClaim.apply("data"));

                cluster.freeze(node);
                try {
                    cluster.waitNodeNotReady(node, Duration.ofSeconds(60));
                    ControlPlane.waitUntil(Duration.ofSeconds(60), node + " tainted unreachable", () -> admin.nodes().withName(boundTo).get()
                            .getSpec().getTaints().stream().anyMatch(t -> "node.kubernetes.io/unreachable".equals(t.getKey())));
                    admin.pods().inNamespace(namespace).withName("app").withGracePeriod(0).delete();
                    ControlPlane.waitUntil(Duration.ofSeconds(30), "app gone", () -> admin.pods().inNamespace(namespace).withName("app").get() == null);
                    Pod again = admin.resource(pod(namespace)).create();
                    String uid = again.getMetadata().getUid();
                    ControlPlane.waitUntil(Duration.ofSeconds(60), "FailedScheduling",
                            () -> failedScheduling(admin.v1().events().inNamespace(namespace).list().getItems(), uid) != null);
                    List<Event> events = admin.v1().events().inNamespace(namespace).list().getItems();
                    return new Observed(claimEvents(events), node, podNode, annotations, failedScheduling(events, uid));
                } finally {
                    cluster.thaw(node);
                }
            } finally {
                admin.pods().inNamespace(namespace).withName("app").withGracePeriod(0).delete();
                admin.persistentVolumeClaims().inNamespace(namespace).withName("data").delete();
                if (pv != null) {
                    admin.persistentVolumes().withName(pv.getMetadata().getName()).delete();
                }
                admin.storage().v1().storageClasses().withName(className).delete();
                if (node != null) {
                    cluster.waitNodeReady(node, Duration.ofSeconds(60));
                }
            }
        }
    }

    private static Observed simulated() {
        Simulation sim = Simulation.emptyCluster(1, Profile.BOOK, ClusterPreset.MINIKUBE, 3);
        sim.api().create(storageClass("wffc"));
        sim.api().create(claim("default", "wffc"));
        sim.runFor(Duration.ofSeconds(1));
        sim.api().create(pod("default"));
        Function<String, PersistentVolumeClaim> getClaim = n -> sim.api().get(PersistentVolumeClaim.class, Kinds.PVC, "default", n);
        String[] podNodeWhenSelected = new String[1];
        assertThat(sim.runUntil(() -> {
            if (podNodeWhenSelected[0] == null && getClaim.apply("data").getMetadata().getAnnotations().containsKey(SELECTED_NODE)) {
                podNodeWhenSelected[0] = String.valueOf(sim.api().get(Pod.class, Kinds.POD, "default", "app").getSpec().getNodeName());
            }
            return sim.api().get(Pod.class, Kinds.POD, "default", "app").getSpec().getNodeName() != null;
        }, Duration.ofSeconds(30))).isTrue();
        String node = getClaim.apply("data").getMetadata().getAnnotations().get(SELECTED_NODE);
        Map<String, String> annotations = provisionerAnnotations(getClaim.apply("data"));
        sim.actions().disconnectNode(node);
        sim.runFor(Duration.ofSeconds(60));
        sim.actions().forceDeletePod("default", "app");
        sim.runFor(Duration.ofSeconds(1));
        String uid = sim.api().create(pod("default")).getMetadata().getUid();
        sim.runFor(Duration.ofSeconds(5));
        List<Event> events = sim.api().list(Event.class, Kinds.EVENT, "default");
        return new Observed(claimEvents(events), node, "null".equals(podNodeWhenSelected[0]) ? null : podNodeWhenSelected[0], annotations,
                failedScheduling(events, uid));
    }

    @Test
    void theClaimWaitsForItsPodAndAPodPinnedToALostNodeFailsToScheduleAsInTheSimulator() {
        Observed real = real();
        Observed sim = simulated();
        System.out.println("real control plane: " + real + "\nsimulator:          " + sim);
        assertThat(real.podNodeWhenSelected()).isNull();
        assertThat(sim.podNodeWhenSelected()).isNull();
        assertThat(real.selectedNode()).isNotNull();
        // a sync that runs while the pod exists unscheduled (a race on the real side) says WaitForPodScheduled instead
        String podScheduled = "WaitForPodScheduled: waiting for pod app to be scheduled";
        assertThat(real.claimEvents()).filteredOn(l -> l.startsWith("WaitForPodScheduled")).allMatch(podScheduled::equals);
        assertThat(sim.claimEvents()).isEqualTo(real.claimEvents().stream().filter(l -> !l.equals(podScheduled)).toList());
        assertThat(sim.provisionerAnnotations()).isEqualTo(real.provisionerAnnotations());
        assertThat(sim.failedScheduling()).isEqualTo(real.failedScheduling());
        assertThat(real.failedScheduling()).isEqualTo("0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, "
                + "2 node(s) had volume node affinity conflict. "
                + "preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.");
    }
}
