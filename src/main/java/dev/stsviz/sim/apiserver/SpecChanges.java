package dev.stsviz.sim.apiserver;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.Objects;

/** metadata.generation counts spec changes only; status writes leave it alone. */
final class SpecChanges {
    static boolean specChanged(HasMetadata before, HasMetadata after) {
        if (before instanceof StatefulSet a && after instanceof StatefulSet b) {
            return !Objects.equals(a.getSpec(), b.getSpec());
        } else if (before instanceof ReplicaSet a && after instanceof ReplicaSet b) {
            return !Objects.equals(a.getSpec(), b.getSpec());
        } else if (before instanceof Pod a && after instanceof Pod b) {
            return !Objects.equals(a.getSpec(), b.getSpec());
        } else if (before instanceof PersistentVolumeClaim a && after instanceof PersistentVolumeClaim b) {
            return !Objects.equals(a.getSpec(), b.getSpec());
        } else if (before instanceof PersistentVolume a && after instanceof PersistentVolume b) {
            return !Objects.equals(a.getSpec(), b.getSpec());
        } else if (before instanceof Node a && after instanceof Node b) {
            return !Objects.equals(a.getSpec(), b.getSpec());
        } else if (before instanceof Service a && after instanceof Service b) {
            return !Objects.equals(a.getSpec(), b.getSpec());
        }
        return false;
    }

    private SpecChanges() {
    }
}
