package dev.stsviz.sim.apiserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachmentBuilder;

/**
 * Deep copies of API objects. Stored objects are never mutated: every writer copies, edits, and writes back,
 * exactly as a controller does with an informer cache. fabric8's builders copy nested objects, lists and maps.
 */
public final class Copies {
    /** For kinds without a builder case below; made on first use (an ObjectMapper costs the app's start ~0.1 s). */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    @SuppressWarnings("unchecked")
    public static <T extends HasMetadata> T copy(T object) {
        if (object instanceof Pod pod) {
            return (T) new PodBuilder(pod).build();
        } else if (object instanceof PersistentVolumeClaim pvc) {
            return (T) new PersistentVolumeClaimBuilder(pvc).build();
        } else if (object instanceof PersistentVolume pv) {
            return (T) new PersistentVolumeBuilder(pv).build();
        } else if (object instanceof Node node) {
            return (T) new NodeBuilder(node).build();
        } else if (object instanceof StatefulSet sts) {
            return (T) new StatefulSetBuilder(sts).build();
        } else if (object instanceof ReplicaSet rs) {
            return (T) new ReplicaSetBuilder(rs).build();
        } else if (object instanceof Lease lease) {
            return (T) new LeaseBuilder(lease).build();
        } else if (object instanceof Event event) {
            return (T) new EventBuilder(event).build();
        } else if (object instanceof Service service) {
            return (T) new ServiceBuilder(service).build();
        } else if (object instanceof Endpoints endpoints) {
            return (T) new EndpointsBuilder(endpoints).build();
        } else if (object instanceof VolumeAttachment attachment) {
            return (T) new VolumeAttachmentBuilder(attachment).build();
        }
        return (T) Mapper.INSTANCE.convertValue(object, object.getClass());
    }

    /**
     * A new ObjectMeta with the same fields, sharing their lists and maps: enough for {@link ApiServer#updateOwned},
     * which sets scalar fields only, when the writer changes nothing else in the metadata.
     */
    public static ObjectMeta shallow(ObjectMeta m) {
        return new ObjectMeta(m.getAnnotations(), m.getCreationTimestamp(), m.getDeletionGracePeriodSeconds(),
                m.getDeletionTimestamp(), m.getFinalizers(), m.getGenerateName(), m.getGeneration(), m.getLabels(),
                m.getManagedFields(), m.getName(), m.getNamespace(), m.getOwnerReferences(), m.getResourceVersion(),
                m.getSelfLink(), m.getUid());
    }

    private Copies() {
    }
}
