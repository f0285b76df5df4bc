package dev.stsviz.cluster.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a recorded object back into its fabric8 model class, chosen by apiVersion and kind: the kinds the app
 * shows straight into their classes, any other kind through the model's own polymorphic reader (or as a generic
 * resource when the model does not know it).
 */
final class RecordingKinds {
    private static final Map<String, Class<? extends HasMetadata>> KNOWN = new HashMap<>();
    /** The same classes by kind alone: a deleted object is written without its apiVersion when it is not known. */
    private static final Map<String, Class<? extends HasMetadata>> BY_KIND = new HashMap<>();

    static {
        for (Class<? extends HasMetadata> type : List.of(Pod.class, Node.class, PersistentVolumeClaim.class, PersistentVolume.class,
                StatefulSet.class, Service.class, Endpoints.class, EndpointSlice.class, Event.class, Lease.class, StorageClass.class,
                ControllerRevision.class, VolumeAttachment.class)) {
            HasMetadata sample = instance(type);
            KNOWN.put(sample.getApiVersion() + "/" + sample.getKind(), type);
            BY_KIND.put(sample.getKind(), type);
        }
    }

    private RecordingKinds() {
    }

    /** The object {@code json} describes; it must carry apiVersion, kind and metadata.name. */
    static HasMetadata read(ObjectMapper mapper, JsonNode json) throws IOException {
        Class<? extends HasMetadata> type = KNOWN.get(text(json, "apiVersion") + "/" + text(json, "kind"));
        if (type != null) {
            return mapper.treeToValue(json, type);
        }
        KubernetesResource resource = mapper.treeToValue(json, KubernetesResource.class);
        return resource instanceof HasMetadata object ? object : mapper.treeToValue(json, GenericKubernetesResource.class);
    }

    /**
     * A stand-in for a deleted object: its class, kind and identity, nothing else (a history keeps no deleted
     * version). {@code apiVersion} may be null: the kind alone then chooses the class.
     */
    static HasMetadata placeholder(String apiVersion, String kind, String namespace, String name) {
        Class<? extends HasMetadata> type = apiVersion == null ? BY_KIND.get(kind) : KNOWN.get(apiVersion + "/" + kind);
        HasMetadata object = type != null ? instance(type) : new GenericKubernetesResource();
        if (apiVersion != null) {
            object.setApiVersion(apiVersion);
        }
        if (object instanceof GenericKubernetesResource generic) {
            generic.setKind(kind);
        }
        ObjectMeta meta = new ObjectMeta();
        meta.setName(name);
        meta.setNamespace(namespace == null || namespace.isEmpty() ? null : namespace);
        object.setMetadata(meta);
        return object;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || !value.isTextual() ? "" : value.asText();
    }

    private static HasMetadata instance(Class<? extends HasMetadata> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no default constructor in " + type.getName(), e instanceof InvocationTargetException i ? i.getCause() : e);
        }
    }
}
