package dev.stsviz.lesson;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.console.ConsoleBackend;
import dev.stsviz.console.ResourceType;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** Finds an object by type and name: in the window's {@link ClusterState}, or through a console backend (headless runs). */
@FunctionalInterface
public interface ObjectLookup {
    /** The object, or null; {@code namespace} is ignored for cluster-scoped types. */
    HasMetadata get(ResourceType type, String namespace, String name);

    static ObjectLookup of(ClusterState state) {
        return (type, namespace, name) -> state.get(type.type(), type.kind(), type.clusterScoped() ? null : namespace, name).orElse(null);
    }

    static ObjectLookup of(ConsoleBackend backend) {
        return (type, namespace, name) -> backend.get(type.type(), type.kind(), type.clusterScoped() ? null : namespace, name);
    }
}
