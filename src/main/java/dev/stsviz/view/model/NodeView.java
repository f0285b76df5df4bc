package dev.stsviz.view.model;

import java.util.List;

/** A node column: kubectl's STATUS text, its taints, and its pods in ordinal order. */
public record NodeView(String name, String status, boolean ready, boolean cordoned, List<String> taints, String roles,
                       List<PodView> pods) {
    public String glyph() {
        return ready ? (cordoned ? "⊘" : "✓") : "✗";
    }
}
