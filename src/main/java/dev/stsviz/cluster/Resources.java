package dev.stsviz.cluster;

import java.util.Map;

/** kubectl's resource names for a kind: "pods", "statefulsets.apps"... as used in its messages. */
public final class Resources {
    private static final Map<String, String> PLURAL = Map.ofEntries(
            Map.entry(Kinds.POD, "pods"),
            Map.entry(Kinds.NODE, "nodes"),
            Map.entry(Kinds.PVC, "persistentvolumeclaims"),
            Map.entry(Kinds.PV, "persistentvolumes"),
            Map.entry(Kinds.STATEFUL_SET, "statefulsets.apps"),
            Map.entry(Kinds.REPLICA_SET, "replicasets.apps"),
            Map.entry(Kinds.SERVICE, "services"),
            Map.entry(Kinds.ENDPOINTS, "endpoints"),
            Map.entry(Kinds.ENDPOINT_SLICE, "endpointslices.discovery.k8s.io"),
            Map.entry(Kinds.EVENT, "events"),
            Map.entry(Kinds.LEASE, "leases.coordination.k8s.io"),
            Map.entry(Kinds.STORAGE_CLASS, "storageclasses.storage.k8s.io"),
            Map.entry(Kinds.CONTROLLER_REVISION, "controllerrevisions.apps"),
            Map.entry(Kinds.VOLUME_ATTACHMENT, "volumeattachments.storage.k8s.io"));

    private static final Map<String, String> SINGULAR = Map.ofEntries(
            Map.entry(Kinds.POD, "pod"),
            Map.entry(Kinds.NODE, "node"),
            Map.entry(Kinds.PVC, "persistentvolumeclaim"),
            Map.entry(Kinds.PV, "persistentvolume"),
            Map.entry(Kinds.STATEFUL_SET, "statefulset.apps"),
            Map.entry(Kinds.REPLICA_SET, "replicaset.apps"),
            Map.entry(Kinds.SERVICE, "service"),
            Map.entry(Kinds.ENDPOINTS, "endpoints"),
            Map.entry(Kinds.ENDPOINT_SLICE, "endpointslice.discovery.k8s.io"),
            Map.entry(Kinds.EVENT, "event"),
            Map.entry(Kinds.LEASE, "lease.coordination.k8s.io"),
            Map.entry(Kinds.STORAGE_CLASS, "storageclass.storage.k8s.io"),
            Map.entry(Kinds.CONTROLLER_REVISION, "controllerrevision.apps"),
            Map.entry(Kinds.VOLUME_ATTACHMENT, "volumeattachment.storage.k8s.io"));

    /** "pods", "statefulsets.apps": the form in "Error from server (NotFound): pods "x" not found". */
    public static String plural(String kind) {
        return PLURAL.getOrDefault(kind, kind.toLowerCase() + "s");
    }

    /** "pod", "statefulset.apps": the form in "statefulset.apps/kubia created". */
    public static String singular(String kind) {
        return SINGULAR.getOrDefault(kind, kind.toLowerCase());
    }

    private Resources() {
    }
}
