package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.age;
import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.name;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code kubectl get replicasets [-o wide]}: port of {@code printReplicaSet} in
 * {@code pkg/printers/internalversion/printers.go}: DESIRED is spec.replicas, CURRENT status.replicas, READY
 * status.readyReplicas; wide adds the containers, their images and the selector ({@code metav1.FormatLabelSelector}).
 */
public final class ReplicaSetPrinter {

    private static final List<String> COLUMNS = List.of("Name", "Desired", "Current", "Ready", "Age");
    private static final List<String> WIDE_COLUMNS = List.of("Containers", "Images", "Selector");

    private ReplicaSetPrinter() {
    }

    public static List<String> headers(boolean wide) {
        return Columns.of(COLUMNS, wide ? WIDE_COLUMNS : List.of());
    }

    public static List<String> cells(ReplicaSet rs, Instant now, boolean wide) {
        int desired = rs.getSpec() == null ? 0 : num(rs.getSpec().getReplicas());
        int current = rs.getStatus() == null ? 0 : num(rs.getStatus().getReplicas());
        int ready = rs.getStatus() == null ? 0 : num(rs.getStatus().getReadyReplicas());
        List<String> cells = new ArrayList<>(List.of(name(rs), String.valueOf(desired), String.valueOf(current),
                String.valueOf(ready), age(rs, now)));
        if (wide) {
            StringJoiner names = new StringJoiner(",");
            StringJoiner images = new StringJoiner(",");
            for (Container c : containers(rs)) {
                names.add(str(c.getName()));
                images.add(str(c.getImage()));
            }
            cells.add(names.toString());
            cells.add(images.toString());
            cells.add(SelectorText.format(rs.getSpec() == null ? null : rs.getSpec().getSelector()));
        }
        return cells;
    }

    public static String table(List<ReplicaSet> replicaSets, Instant now, boolean wide) {
        Table table = new Table(headers(wide));
        for (ReplicaSet rs : replicaSets) {
            table.addRow(cells(rs, now, wide));
        }
        return table.render();
    }

    private static List<Container> containers(ReplicaSet rs) {
        if (rs.getSpec() == null || rs.getSpec().getTemplate() == null || rs.getSpec().getTemplate().getSpec() == null) {
            return List.of();
        }
        return list(rs.getSpec().getTemplate().getSpec().getContainers());
    }
}
