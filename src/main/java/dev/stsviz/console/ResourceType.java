package dev.stsviz.console;

import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;

import java.util.List;

/** The resource types the console knows, with kubectl's names and short names. */
public enum ResourceType {
    PODS(Kinds.POD, Pod.class, "pod", List.of("pods", "pod", "po")),
    PVC(Kinds.PVC, PersistentVolumeClaim.class, "persistentvolumeclaim",
            List.of("persistentvolumeclaims", "persistentvolumeclaim", "pvc")),
    PV(Kinds.PV, PersistentVolume.class, "persistentvolume", List.of("persistentvolumes", "persistentvolume", "pv")),
    NODES(Kinds.NODE, Node.class, "node", List.of("nodes", "node", "no")),
    STATEFULSETS(Kinds.STATEFUL_SET, StatefulSet.class, "statefulset.apps",
            List.of("statefulsets", "statefulset", "sts", "statefulsets.apps", "statefulset.apps")),
    REPLICASETS(Kinds.REPLICA_SET, ReplicaSet.class, "replicaset.apps",
            List.of("replicasets", "replicaset", "rs", "replicasets.apps", "replicaset.apps")),
    SERVICES(Kinds.SERVICE, Service.class, "service", List.of("services", "service", "svc")),
    ENDPOINTS(Kinds.ENDPOINTS, Endpoints.class, "endpoints", List.of("endpoints", "ep")),
    EVENTS(Kinds.EVENT, Event.class, "event", List.of("events", "event", "ev")),
    VOLUME_ATTACHMENTS(Kinds.VOLUME_ATTACHMENT, VolumeAttachment.class, "volumeattachment.storage.k8s.io",
            List.of("volumeattachments", "volumeattachment", "volumeattachments.storage.k8s.io", "volumeattachment.storage.k8s.io")),
    CONTROLLER_REVISIONS(Kinds.CONTROLLER_REVISION, ControllerRevision.class, "controllerrevision.apps",
            List.of("controllerrevisions", "controllerrevision", "controllerrevisions.apps", "controllerrevision.apps"));

    private final String kind;
    private final Class<? extends HasMetadata> type;
    private final String singular;
    private final List<String> names;

    ResourceType(String kind, Class<? extends HasMetadata> type, String singular, List<String> names) {
        this.kind = kind;
        this.type = type;
        this.singular = singular;
        this.names = names;
    }

    public String kind() {
        return kind;
    }

    public Class<? extends HasMetadata> type() {
        return type;
    }

    /** "pod", "statefulset.apps", "replicaset.apps": the prefix of kubectl's "statefulset.apps/kubia scaled". */
    public String singular() {
        return singular;
    }

    public boolean clusterScoped() {
        return Kinds.isClusterScoped(kind);
    }

    /** Resolves "po", "sts", "statefulset.apps"...; throws kubectl's error for an unknown type. */
    public static ResourceType parse(String name) {
        String lower = name.toLowerCase();
        for (ResourceType t : values()) {
            if (t.names.contains(lower)) {
                return t;
            }
        }
        throw new ConsoleException("error: the server doesn't have a resource type \"" + name + "\"");
    }
}
