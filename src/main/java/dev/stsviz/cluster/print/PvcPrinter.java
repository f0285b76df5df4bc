package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.age;
import static dev.stsviz.cluster.print.GoZero.deleting;
import static dev.stsviz.cluster.print.GoZero.map;
import static dev.stsviz.cluster.print.GoZero.meta;
import static dev.stsviz.cluster.print.GoZero.name;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kubectl get pvc [-o wide]}: port of {@code printPersistentVolumeClaim} in
 * {@code pkg/printers/internalversion/printers.go}.
 *
 * <p>kubectl 1.29+ prints a VOLUMEATTRIBUTESCLASS column; older kubectl (and many recorded
 * transcripts) do not, hence the switch.
 */
public final class PvcPrinter {

    /** {@code api.BetaStorageClassAnnotation}. */
    static final String BETA_STORAGE_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";

    /** Modern kubectl: with the VOLUMEATTRIBUTESCLASS column. */
    public static final PvcPrinter DEFAULT = new PvcPrinter(true);

    private final boolean withVolumeAttributesClass;

    public PvcPrinter() {
        this(true);
    }

    public PvcPrinter(boolean withVolumeAttributesClass) {
        this.withVolumeAttributesClass = withVolumeAttributesClass;
    }

    public boolean withVolumeAttributesClass() {
        return withVolumeAttributesClass;
    }

    public List<String> headers(boolean wide) {
        List<String> h = new ArrayList<>(List.of("Name", "Status", "Volume", "Capacity", "Access Modes", "StorageClass"));
        if (withVolumeAttributesClass) {
            h.add("VolumeAttributesClass");
        }
        h.add("Age");
        if (wide) {
            h.add("VolumeMode");
        }
        return List.copyOf(h);
    }

    public List<String> cells(PersistentVolumeClaim pvc, Instant now, boolean wide) {
        PersistentVolumeClaimSpec spec = spec(pvc);
        PersistentVolumeClaimStatus status = pvc.getStatus() == null ? new PersistentVolumeClaimStatus() : pvc.getStatus();

        // Capacity and access modes are only reported once the claim names a volume.
        String capacity = "";
        String accessModes = "";
        if (!str(spec.getVolumeName()).isEmpty()) {
            accessModes = AccessModes.abbreviate(status.getAccessModes());
            capacity = Quantities.storage(status.getCapacity());
        }

        List<String> cells = new ArrayList<>(List.of(
                name(pvc), status(pvc), str(spec.getVolumeName()), capacity, accessModes, storageClass(pvc)));
        if (withVolumeAttributesClass) {
            cells.add(spec.getVolumeAttributesClassName() == null ? "<unset>" : spec.getVolumeAttributesClassName());
        }
        cells.add(age(pvc, now));
        if (wide) {
            cells.add(spec.getVolumeMode() == null ? "<unset>" : spec.getVolumeMode());
        }
        return cells;
    }

    /** STATUS column: the phase, or "Terminating" once a deletionTimestamp is set. */
    public static String status(PersistentVolumeClaim pvc) {
        if (deleting(pvc)) {
            return "Terminating";
        }
        return pvc.getStatus() == null ? "" : str(pvc.getStatus().getPhase());
    }

    /**
     * STORAGECLASS column, {@code helper.GetPersistentVolumeClaimClass}: the beta annotation wins
     * over {@code spec.storageClassName} ("Use beta annotation first"); "" when neither is set.
     */
    public static String storageClass(PersistentVolumeClaim pvc) {
        Map<String, String> annotations = map(meta(pvc).getAnnotations());
        if (annotations.containsKey(BETA_STORAGE_CLASS_ANNOTATION)) {
            return str(annotations.get(BETA_STORAGE_CLASS_ANNOTATION));
        }
        return str(spec(pvc).getStorageClassName());
    }

    public String table(List<PersistentVolumeClaim> pvcs, Instant now, boolean wide) {
        Table table = new Table(headers(wide));
        for (PersistentVolumeClaim pvc : pvcs) {
            table.addRow(cells(pvc, now, wide));
        }
        return table.render();
    }

    private static PersistentVolumeClaimSpec spec(PersistentVolumeClaim pvc) {
        return pvc.getSpec() == null ? new PersistentVolumeClaimSpec() : pvc.getSpec();
    }
}
