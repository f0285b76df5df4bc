package dev.stsviz.sim.apiserver;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** What a watch delivers: ADDED / MODIFIED / DELETED with the object before (null when added) and after. */
public record WatchEvent(Type type, HasMetadata oldObject, HasMetadata object) {
    public enum Type { ADDED, MODIFIED, DELETED }

    public String kind() {
        return object.getKind();
    }
}
