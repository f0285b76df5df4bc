package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;

import java.util.List;
import java.util.Objects;

/** Owner references as {@code metav1} reads them: the one controller among an object's owners. */
public final class Owners {
    private Owners() {
    }

    /** metav1.GetControllerOf: the owner reference with controller=true, or null. */
    public static OwnerReference controllerOf(HasMetadata object) {
        List<OwnerReference> refs = object.getMetadata().getOwnerReferences();
        if (refs == null) {
            return null;
        }
        for (OwnerReference ref : refs) {
            if (Boolean.TRUE.equals(ref.getController())) {
                return ref;
            }
        }
        return null;
    }

    /** metav1.IsControlledBy: the object's controller reference carries the owner's uid. */
    public static boolean isControlledBy(HasMetadata object, HasMetadata owner) {
        OwnerReference ref = controllerOf(object);
        return ref != null && Objects.equals(ref.getUid(), owner.getMetadata().getUid());
    }
}
