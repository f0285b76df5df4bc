package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.age;
import static dev.stsviz.cluster.print.GoZero.name;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import java.time.Instant;
import java.util.List;

/**
 * {@code kubectl get controllerrevisions}: port of {@code printControllerRevision} in
 * {@code pkg/printers/internalversion/printers.go}. CONTROLLER is the controller reference as kind.group/name
 * ({@code statefulset.apps/kubia}), {@code <none>} without one; there are no wide columns.
 */
public final class ControllerRevisionPrinter {

    private static final List<String> COLUMNS = List.of("Name", "Controller", "Revision", "Age");

    private ControllerRevisionPrinter() {
    }

    public static List<String> headers() {
        return COLUMNS;
    }

    public static List<String> cells(ControllerRevision revision, Instant now) {
        return List.of(name(revision), controller(revision), Long.toString(revision.getRevision() == null ? 0 : revision.getRevision()),
                age(revision, now));
    }

    public static String table(List<ControllerRevision> revisions, Instant now) {
        Table table = new Table(headers());
        for (ControllerRevision r : revisions) {
            table.addRow(cells(r, now));
        }
        return table.render();
    }

    private static String controller(ControllerRevision revision) {
        for (OwnerReference ref : revision.getMetadata().getOwnerReferences()) {
            if (Boolean.TRUE.equals(ref.getController())) {
                String apiVersion = ref.getApiVersion() == null ? "" : ref.getApiVersion();
                String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
                String kind = ref.getKind() == null ? "" : ref.getKind().toLowerCase();
                return (group.isEmpty() ? kind : kind + "." + group) + "/" + ref.getName();
            }
        }
        return "<none>";
    }
}
