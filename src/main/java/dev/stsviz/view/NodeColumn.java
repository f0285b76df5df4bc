package dev.stsviz.view;

import dev.stsviz.view.model.NodeView;
import dev.stsviz.view.model.PodView;
import javafx.animation.FadeTransition;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A node: its name, kubectl STATUS (with a glyph) and taints, and its pods, kept as tiles keyed by pod name, or, when
 * compact (too many pods to show as tiles), as counts and a strip of dots on one canvas.
 */
final class NodeColumn extends VBox {
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label taints = new Label();
    /** How long the node's waits last: silent kubelet, NotReady in, evicted in; out of the scene graph when none. */
    private final Label clock = new Label();
    private final java.util.function.Supplier<java.time.Instant> now;
    private final VBox pods = new VBox(8);
    private final Map<String, PodTile> tiles = new LinkedHashMap<>();
    private final Function<PodView, PodTile> newTile;
    private final java.util.function.Supplier<CompactNodeView> compactFactory;
    private CompactNodeView compactView;
    private boolean compact;
    private NodeView view;

    NodeColumn(NodeView view, Function<PodView, PodTile> newTile, java.util.function.Supplier<CompactNodeView> compactFactory,
               boolean compact) {
        this(view, newTile, compactFactory, compact, () -> java.time.Instant.EPOCH);
    }

    /** {@code now}: the source's clock, from which the node's countdowns are formatted when drawn. */
    NodeColumn(NodeView view, Function<PodView, PodTile> newTile, java.util.function.Supplier<CompactNodeView> compactFactory,
               boolean compact, java.util.function.Supplier<java.time.Instant> now) {
        this.now = now;
        this.newTile = newTile;
        this.compactFactory = compactFactory;
        this.compact = compact && compactFactory != null;
        getStyleClass().add("node-column");
        title.getStyleClass().add("node-title");
        // GKE names differ only at the end (gke-<cluster>-default-pool-<hash>-tvep): cut the front, keep the end
        title.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        status.getStyleClass().add("node-status");
        taints.getStyleClass().add("node-taints");
        taints.setWrapText(true);
        clock.getStyleClass().add("node-clock");
        clock.setId("node-clock");
        clock.setWrapText(true);
        pods.getStyleClass().add("node-pods");
        if (this.compact) {
            compactView = compactFactory.get();
        }
        getChildren().addAll(title, status, taints, this.compact ? compactView : pods);
        update(view);
    }

    NodeView view() {
        return view;
    }

    Map<String, PodTile> tiles() {
        return tiles;
    }

    boolean compact() {
        return compact;
    }

    /** The compact view while compact, else null. */
    CompactNodeView compactView() {
        return compact ? compactView : null;
    }

    /** Tiles or the compact summary: tiles are dropped when going compact, made again when leaving it. */
    void setCompact(boolean next) {
        if (next == compact || (next && compactFactory == null)) {
            return;
        }
        compact = next;
        if (next) {
            tiles.clear();
            pods.getChildren().clear();
            if (compactView == null) {
                compactView = compactFactory.get();
            }
            getChildren().set(getChildren().indexOf(pods), compactView);
            compactView.update(view.pods());
        } else {
            getChildren().set(getChildren().indexOf(compactView), pods);
            syncPods(view.pods());
        }
    }

    void update(NodeView next) {
        if (next == view) {
            return; // the same record: nothing to look at
        }
        if (view != null && !view.status().equals(next.status())) {
            // a node going NotReady (or back) pulses once, so the class notices
            FadeTransition pulse = new FadeTransition(Duration.millis(500), this);
            pulse.setFromValue(0.3);
            pulse.setToValue(1);
            pulse.play();
        }
        if (view == null || !sameHeader(view, next)) {
            title.setText(next.name());
            status.setText(next.glyph() + " " + next.status());
            // the well-known prefix makes the text too long for a column; the tooltip has it whole
            taints.setText(next.taints().isEmpty() ? "" : "⚠ " + String.join("\n⚠ ", next.taints().stream()
                    .map(t -> t.replace("node.kubernetes.io/", "")).toList()));
            taints.setTooltip(next.taints().isEmpty() ? null : new javafx.scene.control.Tooltip(String.join("\n", next.taints())));
            taints.setManaged(!next.taints().isEmpty());
            taints.setVisible(!next.taints().isEmpty());
            // an empty taints label stays out of the scene graph: a thousand columns, a thousand fewer nodes to style
            if (next.taints().isEmpty()) {
                getChildren().remove(taints);
            } else if (!getChildren().contains(taints)) {
                getChildren().add(getChildren().indexOf(status) + (getChildren().contains(clock) ? 2 : 1), taints);
            }
            getStyleClass().removeAll("node-ready", "node-notready", "node-cordoned", "node-hidden");
            getStyleClass().add(next.hidden() ? "node-hidden" : next.ready() ? (next.cordoned() ? "node-cordoned" : "node-ready") : "node-notready");
            setAccessibleText("node " + next.name() + " " + next.status());
        }
        view = next;
        showTime();
        if (compact) {
            compactView.update(next.pods());
        } else {
            syncPods(next.pods());
        }
    }

    /** Re-formats the node's countdowns for the clock's current second. */
    void showTime() {
        String text = view.clock() == null ? "" : String.join("\n", view.clock().lines(now.get()));
        if (text.equals(clock.getText())) {
            return;
        }
        clock.setText(text);
        if (text.isEmpty()) {
            getChildren().remove(clock);
        } else if (!getChildren().contains(clock)) {
            getChildren().add(getChildren().indexOf(status) + 1, clock); // under the status, above the taints
        }
    }

    private static boolean sameHeader(NodeView a, NodeView b) {
        return a.name().equals(b.name()) && a.status().equals(b.status()) && a.ready() == b.ready()
                && a.cordoned() == b.cordoned() && a.taints().equals(b.taints()) && a.roles().equals(b.roles());
    }

    /** Updates tiles in place, adds new ones (fading in), fades out and drops the ones gone. */
    private void syncPods(List<PodView> next) {
        Map<String, PodView> wanted = new LinkedHashMap<>();
        next.forEach(p -> wanted.put(p.name(), p));
        for (var it = tiles.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!wanted.containsKey(e.getKey())) {
                PodTile gone = e.getValue();
                it.remove();
                FadeTransition out = new FadeTransition(Duration.millis(350), gone);
                out.setToValue(0);
                out.setOnFinished(done -> pods.getChildren().remove(gone));
                out.play();
            }
        }
        int index = 0;
        for (PodView p : next) {
            PodTile tile = tiles.get(p.name());
            if (tile == null) {
                tile = newTile.apply(p);
                tiles.put(p.name(), tile);
            } else {
                tile.update(p);
            }
            int at = pods.getChildren().indexOf(tile);
            if (at != index) {
                if (at >= 0) {
                    pods.getChildren().remove(at);
                }
                pods.getChildren().add(Math.min(index, pods.getChildren().size()), tile);
            }
            index++;
        }
    }
}
