package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Objects;

/** Identifies an API object the way the API server does: kind, namespace ("" when cluster-scoped), name. */
public record ObjectKey(String kind, String namespace, String name) implements Comparable<ObjectKey> {

    public ObjectKey {
        Objects.requireNonNull(kind, "kind");
        namespace = namespace == null ? "" : namespace;
        Objects.requireNonNull(name, "name");
    }

    public static ObjectKey of(HasMetadata object) {
        return new ObjectKey(object.getKind(), object.getMetadata().getNamespace(), object.getMetadata().getName());
    }

    public static ObjectKey namespaced(String kind, String namespace, String name) {
        return new ObjectKey(kind, namespace, name);
    }

    public static ObjectKey cluster(String kind, String name) {
        return new ObjectKey(kind, "", name);
    }

    /** Written out, name first (it differs most often): every lookup in the simulator's API server comes here. */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof ObjectKey k && name.equals(k.name) && kind.equals(k.kind) && namespace.equals(k.namespace));
    }

    @Override
    public int hashCode() {
        return (31 * kind.hashCode() + namespace.hashCode()) * 31 + name.hashCode();
    }

    @Override
    public int compareTo(ObjectKey other) {
        // written out: every map lookup in the state and the simulator's API server comes through here
        int c = kind.compareTo(other.kind);
        if (c == 0) {
            c = namespace.compareTo(other.namespace);
        }
        return c != 0 ? c : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }
}
