package dev.stsviz.view;

import dev.stsviz.view.model.RevisionMark;
import dev.stsviz.view.model.StatefulSetView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * A StatefulSet above the node columns: replicas desired / ready / updated / current, how it updates (strategy,
 * partition, pod management policy), its current and update revisions, and a row of ordinal chips, each saying which
 * revision its pod runs, with a bar where the partition falls (ordinals at or above it get the update).
 */
final class StatefulSetCard extends FlowPane {
    private final Label title = new Label();
    private final Label counts = new Label();
    private final Label strategy = new Label();
    private final Label revisions = new Label();
    private final HBox chips = new HBox(4);
    private StatefulSetView view;

    StatefulSetCard(StatefulSetView view) {
        getStyleClass().add("sts-card");
        title.getStyleClass().add("sts-card-title");
        counts.getStyleClass().add("sts-card-counts");
        strategy.getStyleClass().add("sts-card-line");
        revisions.getStyleClass().add("sts-card-line");
        chips.getStyleClass().add("sts-chips");
        chips.setAlignment(Pos.CENTER_LEFT);
        // the chips beside the text while the diagram is wide enough (four lines high), below it when not
        getChildren().addAll(new VBox(title, counts, strategy, revisions), chips);
        setHgap(12);
        setVgap(6);
        setAlignment(Pos.CENTER_LEFT);
        update(view);
    }

    StatefulSetView view() {
        return view;
    }

    void update(StatefulSetView next) {
        if (next.equals(view)) {
            return;
        }
        view = next;
        title.setText("statefulset/" + next.name() + (next.serviceName() == null ? "" : " · service " + next.serviceName()));
        counts.setText("replicas " + next.desired() + " desired · " + next.ready() + " ready · " + next.updated() + " updated · "
                + next.current() + " current");
        strategy.setText(next.strategy() + ("RollingUpdate".equals(next.strategy()) ? " · partition " + next.partition() : "")
                + " · " + next.podManagementPolicy());
        revisions.setText(revisionText(next));
        revisions.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("updating"), next.updating());
        setAccessibleText(title.getText() + ", " + counts.getText() + ", " + strategy.getText() + ", " + revisions.getText());
        chips.getChildren().setAll(chipNodes(next));
        boolean any = !chips.getChildren().isEmpty();
        chips.setVisible(any);
        chips.setManaged(any);
    }

    /** As wide as its text and chips side by side when that fits the wrap length, else wrapped (not always the full length). */
    @Override
    protected double computePrefWidth(double height) {
        double oneLine = snappedLeftInset() + snappedRightInset() + getHgap() * Math.max(0, getChildren().size() - 1);
        for (Node child : getChildren()) {
            if (child.isManaged()) {
                oneLine += child.prefWidth(-1);
            }
        }
        return Math.min(Math.ceil(oneLine) + 1, super.computePrefWidth(height)); // + 1: rounding must not wrap the chips
    }

    /** "current 6ff99 → update 6c74c (rolling out)", or "revision 6c74c" when they agree. */
    static String revisionText(StatefulSetView view) {
        if (view.updateHash() == null) {
            return "revision: none yet";
        }
        if (!view.updating()) {
            return "revision " + view.updateHash() + " (all pods current)";
        }
        return "current " + view.currentHash() + " → update " + view.updateHash() + " (rolling out)";
    }

    /** One chip per ordinal; the partition bar before the first ordinal that takes the update. */
    private static List<Node> chipNodes(StatefulSetView view) {
        List<Node> nodes = new ArrayList<>();
        if (view.chips().isEmpty()) {
            if (view.partitioned()) {
                nodes.add(partitionBar(view)); // a set too large for chips still says where the partition falls
            }
            return nodes;
        }
        boolean barPlaced = false;
        for (StatefulSetView.OrdinalChip chip : view.chips()) {
            if (view.partitioned() && !barPlaced && chip.ordinal() >= view.partitionOrdinal()) {
                nodes.add(partitionBar(view));
                barPlaced = true;
            }
            nodes.add(chip(chip));
        }
        if (view.partitioned() && !barPlaced) {
            nodes.add(partitionBar(view)); // partition ≥ replicas: no ordinal updates
        }
        return nodes;
    }

    private static Node chip(StatefulSetView.OrdinalChip chip) {
        String mark = chip.mark().text();
        Label label = new Label(chip.pod() + (chip.exists() ? (mark.isEmpty() ? "" : "\n" + mark) : "\nno pod"));
        label.getStyleClass().add("sts-chip");
        if (!chip.exists()) {
            label.getStyleClass().add("sts-chip-missing");
        } else if (chip.mark() == RevisionMark.NEW || chip.mark() == RevisionMark.OLD) {
            label.getStyleClass().add("sts-chip-" + mark);
        }
        label.setId("chip-" + chip.pod());
        return label;
    }

    /** A vertical bar with its caption: ordinals to its right get the update, those to its left keep the old one. */
    private static Node partitionBar(StatefulSetView view) {
        Label bar = new Label("partition " + view.partition() + "\n≥ " + view.partitionOrdinal() + " update");
        bar.getStyleClass().add("sts-partition-bar");
        bar.setId("partition-" + view.name());
        bar.setMaxHeight(Double.MAX_VALUE);
        return bar;
    }
}
