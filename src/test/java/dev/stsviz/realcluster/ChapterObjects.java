package dev.stsviz.realcluster;

import dev.stsviz.cluster.Manifests;
import dev.stsviz.cluster.Pods;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.time.Duration;
import java.util.List;

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

    static void delete(KubernetesClient admin, String namespace) {
        admin.apps().statefulSets().inNamespace(namespace).withName("kubia").delete();
        admin.services().inNamespace(namespace).withName("kubia").delete();
        admin.persistentVolumeClaims().inNamespace(namespace).delete();
    }
}
