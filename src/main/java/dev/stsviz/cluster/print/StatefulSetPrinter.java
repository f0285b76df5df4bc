package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.age;
import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.name;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code kubectl get statefulsets [-o wide]}: port of {@code printStatefulSet} and
 * {@code layoutContainerCells} in {@code pkg/printers/internalversion/printers.go}.
 */
public final class StatefulSetPrinter {

    private static final List<String> COLUMNS = List.of("Name", "Ready", "Age");
    private static final List<String> WIDE_COLUMNS = List.of("Containers", "Images");

    private StatefulSetPrinter() {
    }

    public static List<String> headers(boolean wide) {
        return Columns.of(COLUMNS, wide ? WIDE_COLUMNS : List.of());
    }

    public static List<String> cells(StatefulSet sts, Instant now, boolean wide) {
        List<String> cells = new ArrayList<>(List.of(name(sts), ready(sts), age(sts, now)));
        if (wide) {
            StringJoiner names = new StringJoiner(",");
            StringJoiner images = new StringJoiner(",");
            for (Container c : containers(sts)) {
                names.add(str(c.getName()));
                images.add(str(c.getImage()));
            }
            cells.add(names.toString());
            cells.add(images.toString());
        }
        return cells;
    }

    /**
     * READY column: "status.readyReplicas/spec.replicas". Unset counts print as 0 (the API server
     * would have defaulted spec.replicas to 1; objects from it always carry the field).
     */
    public static String ready(StatefulSet sts) {
        int ready = sts.getStatus() == null ? 0 : num(sts.getStatus().getReadyReplicas());
        int desired = sts.getSpec() == null ? 0 : num(sts.getSpec().getReplicas());
        return ready + "/" + desired;
    }

    public static String table(List<StatefulSet> statefulSets, Instant now, boolean wide) {
        Table table = new Table(headers(wide));
        for (StatefulSet sts : statefulSets) {
            table.addRow(cells(sts, now, wide));
        }
        return table.render();
    }

    private static List<Container> containers(StatefulSet sts) {
        if (sts.getSpec() == null || sts.getSpec().getTemplate() == null
                || sts.getSpec().getTemplate().getSpec() == null) {
            return List.of();
        }
        return list(sts.getSpec().getTemplate().getSpec().getContainers());
    }
}
