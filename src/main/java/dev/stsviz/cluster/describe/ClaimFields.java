package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.print.GoZero.str;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;

import dev.stsviz.cluster.print.AccessModes;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatus;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import java.time.Instant;

/**
 * describe.go's {@code printPersistentVolumeClaim}, shared by {@code kubectl describe pvc} (a full claim)
 * and ephemeral volumes (a claim template: no name, namespace, status or finalizers).
 */
final class ClaimFields {

    /** {@code v1.BetaStorageClassAnnotation}, which wins over spec.storageClassName. */
    static final String BETA_STORAGE_CLASS = "volume.beta.kubernetes.io/storage-class";

    private ClaimFields() {
    }

    static void write(PrefixWriter w, PersistentVolumeClaim pvc, boolean fullClaim, Instant now) {
        ObjectMeta meta = GoZero.meta(pvc);
        PersistentVolumeClaimSpec spec = pvc.getSpec() == null ? new PersistentVolumeClaimSpec() : pvc.getSpec();
        PersistentVolumeClaimStatus status =
                pvc.getStatus() == null ? new PersistentVolumeClaimStatus() : pvc.getStatus();
        if (fullClaim) {
            w.write(LEVEL_0, "Name:\t" + str(meta.getName()) + "\n");
            w.write(LEVEL_0, "Namespace:\t" + str(meta.getNamespace()) + "\n");
        }
        w.write(LEVEL_0, "StorageClass:\t" + storageClass(pvc) + "\n");
        if (fullClaim) {
            if (GoTime.parse(meta.getDeletionTimestamp()) != null) {
                w.write(LEVEL_0, "Status:\tTerminating (lasts " + GoTime.since(meta.getDeletionTimestamp(), now) + ")\n");
            } else {
                w.write(LEVEL_0, "Status:\t" + str(status.getPhase()) + "\n");
            }
        }
        w.write(LEVEL_0, "Volume:\t" + str(spec.getVolumeName()) + "\n");
        Multiline.labels(w, "Labels", meta.getLabels());
        Multiline.annotations(w, "Annotations", meta.getAnnotations());
        if (fullClaim) {
            w.write(LEVEL_0, "Finalizers:\t" + Go.goSlice(meta.getFinalizers()) + "\n");
        }
        // capacity and access modes come from the status, and only once the claim is bound
        String capacity = "";
        String accessModes = "";
        if (!str(spec.getVolumeName()).isEmpty()) {
            accessModes = AccessModes.abbreviate(status.getAccessModes());
            capacity = GoQuantity.get(status.getCapacity(), "storage").toString();
        }
        w.write(LEVEL_0, "Capacity:\t" + capacity + "\n");
        w.write(LEVEL_0, "Access Modes:\t" + accessModes + "\n");
        if (spec.getVolumeMode() != null) {
            w.write(LEVEL_0, "VolumeMode:\t" + spec.getVolumeMode() + "\n");
        }
        TypedLocalObjectReference source = spec.getDataSource();
        if (source != null) {
            w.write(LEVEL_0, "DataSource:\n");
            if (source.getApiGroup() != null) {
                w.write(LEVEL_1, "APIGroup:\t" + source.getApiGroup() + "\n");
            }
            w.write(LEVEL_1, "Kind:\t" + str(source.getKind()) + "\n");
            w.write(LEVEL_1, "Name:\t" + str(source.getName()) + "\n");
        }
    }

    /** {@code storageutil.GetPersistentVolumeClaimClass}: the beta annotation, else spec.storageClassName. */
    static String storageClass(PersistentVolumeClaim pvc) {
        ObjectMeta meta = GoZero.meta(pvc);
        if (meta.getAnnotations() != null && meta.getAnnotations().containsKey(BETA_STORAGE_CLASS)) {
            return str(meta.getAnnotations().get(BETA_STORAGE_CLASS));
        }
        return pvc.getSpec() == null ? "" : str(pvc.getSpec().getStorageClassName());
    }
}
