package dev.stsviz.live;

import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Informable;

import java.util.function.BiFunction;

/**
 * The kinds the live source watches: what the view draws, namespaced ones in the chosen namespace. An optional kind
 * adds to the picture but is not needed for it (the pods' owner references already name their ReplicaSet): a user
 * who may not read it is not told so as if something were missing.
 */
enum WatchedKind {
    STATEFUL_SET(Kinds.STATEFUL_SET, "statefulsets.apps", (c, ns) -> c.apps().statefulSets().inNamespace(ns)),
    REPLICA_SET(Kinds.REPLICA_SET, "replicasets.apps", (c, ns) -> c.apps().replicaSets().inNamespace(ns), true),
    POD(Kinds.POD, "pods", (c, ns) -> c.pods().inNamespace(ns)),
    PVC(Kinds.PVC, "persistentvolumeclaims", (c, ns) -> c.persistentVolumeClaims().inNamespace(ns)),
    SERVICE(Kinds.SERVICE, "services", (c, ns) -> c.services().inNamespace(ns)),
    ENDPOINTS(Kinds.ENDPOINTS, "endpoints", (c, ns) -> c.endpoints().inNamespace(ns)),
    ENDPOINT_SLICE(Kinds.ENDPOINT_SLICE, "endpointslices.discovery.k8s.io", (c, ns) -> c.discovery().v1().endpointSlices().inNamespace(ns)),
    EVENT(Kinds.EVENT, "events", (c, ns) -> c.v1().events().inNamespace(ns)),
    NODE(Kinds.NODE, "nodes", (c, ns) -> c.nodes()),
    PV(Kinds.PV, "persistentvolumes", (c, ns) -> c.persistentVolumes()),
    STORAGE_CLASS(Kinds.STORAGE_CLASS, "storageclasses.storage.k8s.io", (c, ns) -> c.storage().v1().storageClasses()),
    VOLUME_ATTACHMENT(Kinds.VOLUME_ATTACHMENT, "volumeattachments.storage.k8s.io", (c, ns) -> c.storage().v1().volumeAttachments());

    final String kind;
    /** As kubectl names the resource in messages ("list nodes"). */
    final String resource;
    private final BiFunction<KubernetesClient, String, Informable<? extends HasMetadata>> informable;

    /** False for a kind the picture cannot do without; true for one a user may lack without missing anything. */
    final boolean optional;

    WatchedKind(String kind, String resource, BiFunction<KubernetesClient, String, Informable<? extends HasMetadata>> informable) {
        this(kind, resource, informable, false);
    }

    WatchedKind(String kind, String resource, BiFunction<KubernetesClient, String, Informable<? extends HasMetadata>> informable,
                boolean optional) {
        this.kind = kind;
        this.resource = resource;
        this.informable = informable;
        this.optional = optional;
    }

    Informable<? extends HasMetadata> informable(KubernetesClient client, String namespace) {
        return informable.apply(client, namespace);
    }
}
