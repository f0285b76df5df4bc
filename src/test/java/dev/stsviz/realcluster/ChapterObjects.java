package dev.stsviz.realcluster;

import dev.stsviz.cluster.Manifests;
import dev.stsviz.cluster.Pods;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The chapter's StatefulSet and headless service, created on the real control plane as a test's starting point. */
final class ChapterObjects {
    static final Duration READY = Duration.ofSeconds(90);

    private ChapterObjects() {
    }

    /** The chapter's kubia StatefulSet with {@code replicas} and its headless service, in {@code namespace}. */
    static void create(KubernetesClient admin, String namespace, int replicas) {
        for (HasMetadata object : Manifests.bundled("kubia-service-headless.yaml")) {
            admin.resource(object).inNamespace(namespace).create();
        }
        StatefulSet set = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
        set.getSpec().setReplicas(replicas);
        admin.resource(set).inNamespace(namespace).create();
    }

    /** Waits until exactly {@code names} are the set's pods, each Running and Ready. */
    static void awaitReady(KubernetesClient admin, String namespace, List<String> names) {
        ControlPlane.waitUntil(READY, names + " Ready in " + namespace, () -> {
            List<Pod> pods = admin.pods().inNamespace(namespace).list().getItems();
            return pods.stream().map(p -> p.getMetadata().getName()).sorted().toList().equals(names)
                    && pods.stream().allMatch(p -> Pods.isReady(p) && p.getMetadata().getDeletionTimestamp() == null);
        });
    }

    /** Waits until kubia-0 and kubia-1 are Running, their claims Bound, and the StatefulSet reports 2 of 2 ready. */
    static void awaitTwoPodsUp(KubernetesClient admin, String namespace, Duration timeout) {
        ControlPlane.waitUntil(timeout, "kubia-0 and kubia-1 Running, their claims Bound, sts kubia 2 ready", () -> {
            for (String pod : List.of("kubia-0", "kubia-1")) {
                Pod p = admin.pods().inNamespace(namespace).withName(pod).get();
                if (p == null || p.getStatus() == null || !"Running".equals(p.getStatus().getPhase())) {
                    return false;
                }
                PersistentVolumeClaim claim = admin.persistentVolumeClaims().inNamespace(namespace).withName("data-" + pod).get();
                if (claim == null || claim.getStatus() == null || !"Bound".equals(claim.getStatus().getPhase())) {
                    return false;
                }
            }
            StatefulSet sts = admin.apps().statefulSets().inNamespace(namespace).withName("kubia").get();
            return sts != null && sts.getStatus() != null && Objects.equals(sts.getStatus().getReplicas(), 2)
                    && Objects.equals(sts.getStatus().getReadyReplicas(), 2);
        });
    }

    /** The chapter's ReplicaSet beside the StatefulSet: its three pods Running and Ready, its status caught up. */
    static void awaitReplicaSetUp(KubernetesClient admin, String namespace, Duration timeout) {
        ControlPlane.waitUntil(timeout, "replicaset kubia-rs 3/3 ready", () -> {
            io.fabric8.kubernetes.api.model.apps.ReplicaSet rs = admin.apps().replicaSets().inNamespace(namespace).withName("kubia-rs").get();
            return rs != null && rs.getStatus() != null && Objects.equals(rs.getStatus().getReplicas(), 3)
                    && Objects.equals(rs.getStatus().getReadyReplicas(), 3);
        });
    }

    static void delete(KubernetesClient admin, String namespace) {
        admin.apps().statefulSets().inNamespace(namespace).withName("kubia").delete();
        admin.services().inNamespace(namespace).withName("kubia").delete();
        admin.persistentVolumeClaims().inNamespace(namespace).delete();
    }
}
