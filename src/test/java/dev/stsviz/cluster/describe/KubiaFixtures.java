package dev.stsviz.cluster.describe;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.time.Duration;
import java.time.Instant;

/** The kubia-0 pod of the ground-truth {@code kubectl describe pod kubia-0} (a 1.24 cluster, lost node). */
final class KubiaFixtures {

    /** The moment the ground truth was captured. */
    static final Instant NOW = Instant.parse("2026-11-28T02:03:22Z");

    private KubiaFixtures() {
    }

    static String ago(Duration d) {
        return NOW.minus(d).toString();
    }

    static String ago(int minutes, int seconds) {
        return ago(Duration.ofMinutes(minutes).plusSeconds(seconds));
    }

    static Toleration noExecute(String key) {
        return new TolerationBuilder().withKey(key).withOperator("Exists").withEffect("NoExecute")
                .withTolerationSeconds(300L).build();
    }

    /** kubia-0 as the API server returned it, deleted {@code deletedAgo} before NOW. */
    static PodBuilder kubia0(Duration deletedAgo) {
        return new PodBuilder()
                .withNewMetadata()
                    .withName("kubia-0").withNamespace("default").withUid("36f15057-4cc0-4fb3-aa3b-425d74b889ee")
                    .withCreationTimestamp(ago(9, 1))
                    .withDeletionTimestamp(ago(deletedAgo)).withDeletionGracePeriodSeconds(30L)
                    .addToLabels("app", "kubia")
                    .addToLabels("controller-revision-hash", "kubia-c94bcb69b")
                    .addToLabels("statefulset.kubernetes.io/pod-name", "kubia-0")
                    .addNewOwnerReference().withApiVersion("apps/v1").withKind("StatefulSet").withName("kubia")
                        .withUid("5f0c7d1e-0000-4000-8000-000000000001").withController(true)
                        .withBlockOwnerDeletion(true).endOwnerReference()
                .endMetadata()
                .withNewSpec()
                    .withPriority(0).withServiceAccountName("default").withNodeName("hollow-node-0")
                    .withHostname("kubia-0").withSubdomain("kubia")
                    .addNewContainer()
                        .withName("kubia").withImage("luksa/kubia-pet")
                        .addNewPort().withContainerPort(8080).withProtocol("TCP").endPort()
                        .addNewVolumeMount().withName("data").withMountPath("/var/data").endVolumeMount()
                        .addNewVolumeMount().withName("kube-api-access-v2ggw").withReadOnly(true)
                            .withMountPath("/var/run/secrets/kubernetes.io/serviceaccount").endVolumeMount()
                    .endContainer()
                    .addNewVolume().withName("data")
                        .withNewPersistentVolumeClaim().withClaimName("data-kubia-0").endPersistentVolumeClaim()
                    .endVolume()
                    .addNewVolume().withName("kube-api-access-v2ggw")
                        .withNewProjected().withDefaultMode(420)
                            .addNewSource().withNewServiceAccountToken().withExpirationSeconds(3607L)
                                .withPath("token").endServiceAccountToken().endSource()
                            .addNewSource().withNewConfigMap().withName("kube-root-ca.crt")
                                .addNewItem().withKey("ca.crt").withPath("ca.crt").endItem().endConfigMap().endSource()
                            .addNewSource().withNewDownwardAPI()
                                .addNewItem().withPath("namespace").withNewFieldRef().withApiVersion("v1")
                                    .withFieldPath("metadata.namespace").endFieldRef().endItem()
                            .endDownwardAPI().endSource()
                        .endProjected()
                    .endVolume()
                    .withTolerations(noExecute("node.kubernetes.io/not-ready"), noExecute("node.kubernetes.io/unreachable"))
                .endSpec()
                .withNewStatus()
                    .withPhase("Running").withHostIP("192.0.2.2").withPodIP("10.244.0.3")
                    .addNewPodIP().withIp("10.244.0.3").endPodIP()
                    .withStartTime(ago(9, 1)).withQosClass("BestEffort")
                    .addNewCondition().withType("Initialized").withStatus("True").endCondition()
                    .addNewCondition().withType("Ready").withStatus("False").endCondition()
                    .addNewCondition().withType("ContainersReady").withStatus("True").endCondition()
                    .addNewCondition().withType("PodScheduled").withStatus("True").endCondition()
                    .addNewContainerStatus()
                        .withName("kubia").withImage("luksa/kubia-pet:latest").withImageID("luksa/kubia-pet:latest")
                        .withContainerID("fakeRuntime://kubia-0_default_36f15057-4cc0-4fb3-aa3b-425d74b889ee_0_kubia_0")
                        .withReady(true).withStarted(true).withRestartCount(0)
                        .withNewState().withNewRunning().withStartedAt(ago(9, 0)).endRunning().endState()
                    .endContainerStatus()
                .endStatus();
    }

    /** A core/v1 event about kubia-0, first and last seen {@code age} before NOW. */
    static Event podEvent(String type, String reason, String component, String message, Duration age) {
        return new EventBuilder()
                .withNewMetadata().withName("kubia-0." + reason).withNamespace("default").endMetadata()
                .withNewInvolvedObject().withKind("Pod").withNamespace("default").withName("kubia-0").endInvolvedObject()
                .withType(type).withReason(reason).withMessage(message)
                .withNewSource().withComponent(component).endSource()
                .withFirstTimestamp(ago(age)).withLastTimestamp(ago(age)).withCount(1)
                .build();
    }

    static Event scheduled() {
        return podEvent("Normal", "Scheduled", "default-scheduler",
                "Successfully assigned default/kubia-0 to hollow-node-0", Duration.ofMinutes(9).plusSeconds(1));
    }

    static Event nodeNotReady() {
        return podEvent("Warning", "NodeNotReady", "node-controller", "Node is not ready",
                Duration.ofMinutes(6).plusSeconds(22));
    }

    static Event eviction() {
        return podEvent("Normal", "NodeControllerEviction", "node-controller",
                "Marking for deletion Pod kubia-0 from Node hollow-node-0", Duration.ofMinutes(2).plusSeconds(2));
    }
}
