package dev.stsviz.cluster.print;

import java.util.ArrayList;
import java.util.List;

/**
 * kubectl column definitions carry a priority: priority-0 columns always print, priority-1 columns
 * only with {@code -o wide}. This concatenates the two groups in definition order.
 */
final class Columns {

    private Columns() {
    }

    static List<String> of(List<String> always, List<String> wideOnly) {
        List<String> all = new ArrayList<>(always);
        all.addAll(wideOnly);
        return List.copyOf(all);
    }
}
