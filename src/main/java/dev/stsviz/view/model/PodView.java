package dev.stsviz.view.model;

import java.util.List;

/** What a pod tile shows: kubectl's columns plus what the diagram needs to place and link it. */
public record PodView(String namespace, String name, int ordinal, String node, String ready, String status,
                      String restarts, String age, boolean podReady, boolean terminating, List<String> claims) {

    /** The CSS status class: colour, border and glyph follow it, so status is never colour alone. */
    public String statusClass() {
        return switch (status) {
            case "Running" -> podReady ? "running" : "notready";
            case "Pending", "ContainerCreating", "PodInitializing" -> "pending";
            case "Terminating" -> "terminating";
            case "Unknown" -> "unknown";
            case "Completed", "Succeeded" -> "completed";
            default -> status.startsWith("Init:") ? "pending" : "failed";
        };
    }

    /** A glyph per status class, shown beside the status text. */
    public String glyph() {
        return switch (statusClass()) {
            case "running" -> "●";
            case "notready" -> "◐";
            case "pending" -> "◌";
            case "terminating" -> "✕";
            case "unknown" -> "?";
            case "completed" -> "✓";
            default -> "!";
        };
    }
}
