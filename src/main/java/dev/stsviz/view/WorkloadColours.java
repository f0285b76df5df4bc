package dev.stsviz.view;

import dev.stsviz.view.model.PodOwner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A colour per workload for the pod tiles' stripes and the legend's swatches, as a style class ("workload-0" ...; the
 * colours live in the CSS). A workload keeps its colour for the window's life, given in the order workloads first
 * appear, so a ReplicaSet applied later never repaints the StatefulSet's pods. Bare pods share a neutral class.
 */
final class WorkloadColours {
    /** How many colours the CSS defines; the seventh workload reuses the first colour (its label still names it). */
    static final int COLOURS = 6;
    static final String NONE = "workload-none";
    static final List<String> ALL = List.of("workload-0", "workload-1", "workload-2", "workload-3", "workload-4",
            "workload-5", NONE);
    private final Map<PodOwner, String> classes = new HashMap<>();

    String styleClass(PodOwner owner) {
        if (owner.none()) {
            return NONE;
        }
        return classes.computeIfAbsent(owner, o -> "workload-" + (classes.size() % COLOURS));
    }
}
