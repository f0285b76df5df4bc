package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.age;
import static dev.stsviz.cluster.print.GoZero.deleting;
import static dev.stsviz.cluster.print.GoZero.map;
import static dev.stsviz.cluster.print.GoZero.meta;
import static dev.stsviz.cluster.print.GoZero.name;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kubectl get pv [-o wide]}: port of {@code printPersistentVolume} in
 * {@code pkg/printers/internalversion/printers.go}. VOLUMEATTRIBUTESCLASS is switchable for the
 * same reason as in {@link PvcPrinter}.
 */
public final class PvPrinter {

    /** Modern kubectl: with the VOLUMEATTRIBUTESCLASS column. */
    public static final PvPrinter DEFAULT = new PvPrinter(true);

    private final boolean withVolumeAttributesClass;

    public PvPrinter() {
        this(true);
    }

    public PvPrinter(boolean withVolumeAttributesClass) {
        this.withVolumeAttributesClass = withVolumeAttributesClass;
    }

    public boolean withVolumeAttributesClass() {
        return withVolumeAttributesClass;
    }

    public List<String> headers(boolean wide) {
        List<String> h = new ArrayList<>(
                List.of("Name", "Capacity", "Access Modes", "Reclaim Policy", "Status", "Claim", "StorageClass"));
        if (withVolumeAttributesClass) {
            h.add("VolumeAttributesClass");
        }
        h.add("Reason");
        h.add("Age");
        if (wide) {
            h.add("VolumeMode");
        }
        return List.copyOf(h);
    }

    public List<String> cells(PersistentVolume pv, Instant now, boolean wide) {
        PersistentVolumeSpec spec = spec(pv);
        PersistentVolumeStatus status = pv.getStatus() == null ? new PersistentVolumeStatus() : pv.getStatus();
        List<String> cells = new ArrayList<>(List.of(
                name(pv),
                Quantities.storage(spec.getCapacity()),
                AccessModes.abbreviate(spec.getAccessModes()),
                str(spec.getPersistentVolumeReclaimPolicy()),
                status(pv),
                claim(pv),
                storageClass(pv)));
        if (withVolumeAttributesClass) {
            cells.add(spec.getVolumeAttributesClassName() == null ? "<unset>" : spec.getVolumeAttributesClassName());
        }
        cells.add(str(status.getReason()));
        cells.add(age(pv, now));
        if (wide) {
            cells.add(spec.getVolumeMode() == null ? "<unset>" : spec.getVolumeMode());
        }
        return cells;
    }

    /** STATUS column: the phase, or "Terminating" once a deletionTimestamp is set. */
    public static String status(PersistentVolume pv) {
        if (deleting(pv)) {
            return "Terminating";
        }
        return pv.getStatus() == null ? "" : str(pv.getStatus().getPhase());
    }

    /** CLAIM column: "namespace/name" of spec.claimRef, "" when unbound. */
    public static String claim(PersistentVolume pv) {
        ObjectReference ref = spec(pv).getClaimRef();
        return ref == null ? "" : str(ref.getNamespace()) + "/" + str(ref.getName());
    }

    /** STORAGECLASS column, {@code helper.GetPersistentVolumeClass}: beta annotation first. */
    public static String storageClass(PersistentVolume pv) {
        Map<String, String> annotations = map(meta(pv).getAnnotations());
        if (annotations.containsKey(PvcPrinter.BETA_STORAGE_CLASS_ANNOTATION)) {
            return str(annotations.get(PvcPrinter.BETA_STORAGE_CLASS_ANNOTATION));
        }
        return str(spec(pv).getStorageClassName());
    }

    public String table(List<PersistentVolume> pvs, Instant now, boolean wide) {
        Table table = new Table(headers(wide));
        for (PersistentVolume pv : pvs) {
            table.addRow(cells(pv, now, wide));
        }
        return table.render();
    }

    private static PersistentVolumeSpec spec(PersistentVolume pv) {
        return pv.getSpec() == null ? new PersistentVolumeSpec() : pv.getSpec();
    }
}
