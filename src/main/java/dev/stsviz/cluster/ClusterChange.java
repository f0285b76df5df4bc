package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Objects;

/**
 * One watch-event-shaped change: an object was added or modified (UPSERT) or removed (DELETE).
 * Both sources (informers and the simulator) produce only these; the view consumes only ClusterState.
 */
public record ClusterChange(Type type, HasMetadata object) {

    public enum Type { UPSERT, DELETE }

    public ClusterChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(object, "object");
    }

    public static ClusterChange upsert(HasMetadata object) {
        return new ClusterChange(Type.UPSERT, object);
    }

    public static ClusterChange delete(HasMetadata object) {
        return new ClusterChange(Type.DELETE, object);
    }

    public ObjectKey key() {
        return ObjectKey.of(object);
    }
}
