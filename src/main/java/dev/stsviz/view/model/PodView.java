package dev.stsviz.view.model;

import dev.stsviz.cluster.PodClock;
import dev.stsviz.cluster.print.Ages;

import java.time.Instant;
import java.util.List;

/**
 * What a pod tile shows: kubectl's columns plus what the diagram needs to place and link it. RESTARTS and AGE depend
 * on the clock, so the view keeps their timestamps and formats them at draw time: a pod that did not change keeps
 * the same record as seconds pass, and the model only recomputes pods whose object changed. So does a terminating
 * pod's grace period left ({@link PodClock}, null where the source's clocks are not shown). {@link #identity()} holds
 * what a recreation keeps (the DNS name) and what it changes (uid, IP), and the revision the pod runs;
 * {@link #owner()} the workload it belongs to.
 */
public record PodView(String namespace, String name, int ordinal, String node, String ready, String status,
                      int restartCount, Instant lastRestart, Instant created, boolean podReady, boolean terminating,
                      List<String> claims, PodClock clock, PodIdentity identity, PodOwner owner) {

    /** A pod whose owner is not shown (benchmarks' synthetic tiles). */
    public PodView(String namespace, String name, int ordinal, String node, String ready, String status, int restartCount,
                   Instant lastRestart, Instant created, boolean podReady, boolean terminating, List<String> claims,
                   PodClock clock, PodIdentity identity) {
        this(namespace, name, ordinal, node, ready, status, restartCount, lastRestart, created, podReady, terminating, claims,
                clock, identity, PodOwner.NONE);
    }

    /** A pod whose clocks are not shown (benchmarks, a model built without the source's clocks). */
    public PodView(String namespace, String name, int ordinal, String node, String ready, String status, int restartCount,
                   Instant lastRestart, Instant created, boolean podReady, boolean terminating, List<String> claims) {
        this(namespace, name, ordinal, node, ready, status, restartCount, lastRestart, created, podReady, terminating, claims, null);
    }

    /** A pod without identity details (benchmarks' synthetic tiles). */
    public PodView(String namespace, String name, int ordinal, String node, String ready, String status, int restartCount,
                   Instant lastRestart, Instant created, boolean podReady, boolean terminating, List<String> claims,
                   PodClock clock) {
        this(namespace, name, ordinal, node, ready, status, restartCount, lastRestart, created, podReady, terminating, claims,
                clock, PodIdentity.NONE);
    }

    /** The tile's status line at {@code now}: "✕ Terminating · 18 s" while a grace period runs (its tooltip says of what). */
    public String statusLine(Instant now) {
        String left = clock == null ? null : clock.graceRemaining(now);
        return glyph() + " " + status + (left == null ? "" : " · " + left);
    }

    /** kubectl's RESTARTS column at {@code now}: "2", or "2 (40s ago)" once a restart time is known. */
    public String restarts(Instant now) {
        if (restartCount != 0 && lastRestart != null) {
            return restartCount + " (" + Ages.since(lastRestart, now) + " ago)";
        }
        return Integer.toString(restartCount);
    }

    /** kubectl's AGE column at {@code now}. */
    public String age(Instant now) {
        return Ages.since(created, now);
    }

    /** The tile's second line: READY, RESTARTS and AGE. */
    public String detail(Instant now) {
        return ready + " · restarts " + restarts(now) + " · " + age(now);
    }

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
