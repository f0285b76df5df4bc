package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.age;
import static dev.stsviz.cluster.print.GoZero.bool;
import static dev.stsviz.cluster.print.GoZero.name;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachmentSpec;
import java.time.Instant;
import java.util.List;

/**
 * {@code kubectl get volumeattachments}: port of {@code printVolumeAttachment} in
 * {@code pkg/printers/internalversion/printers.go}. There are no wide columns; ATTACHED is {@code status.attached}
 * printed as a Go bool.
 */
public final class VolumeAttachmentPrinter {

    private static final List<String> COLUMNS = List.of("Name", "Attacher", "PV", "Node", "Attached", "Age");

    private VolumeAttachmentPrinter() {
    }

    public static List<String> headers() {
        return COLUMNS;
    }

    public static List<String> cells(VolumeAttachment va, Instant now) {
        VolumeAttachmentSpec spec = va.getSpec() == null ? new VolumeAttachmentSpec() : va.getSpec();
        String pv = spec.getSource() == null ? "" : str(spec.getSource().getPersistentVolumeName());
        boolean attached = va.getStatus() != null && bool(va.getStatus().getAttached());
        return List.of(name(va), str(spec.getAttacher()), pv, str(spec.getNodeName()), Boolean.toString(attached), age(va, now));
    }

    public static String table(List<VolumeAttachment> attachments, Instant now) {
        Table table = new Table(headers());
        for (VolumeAttachment va : attachments) {
            table.addRow(cells(va, now));
        }
        return table.render();
    }
}
