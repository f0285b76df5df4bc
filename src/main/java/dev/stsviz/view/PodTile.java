package dev.stsviz.view;

import dev.stsviz.view.model.PodView;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;

/**
 * A pod: an ordinal badge, its name, kubectl's READY / STATUS / RESTARTS / AGE. Status shows as text, glyph, border
 * style and colour together. Updated in place, so a burst of changes never rebuilds the tile.
 */
final class PodTile extends VBox {
    private static final List<String> STATUS_CLASSES = List.of("running", "notready", "pending", "terminating", "unknown",
            "completed", "failed");
    private final Label badge = new Label();
    private final Label name = new Label();
    private final Label status = new Label();
    private final Label detail = new Label();
    private PodView view;

    PodTile(PodView view) {
        getStyleClass().add("pod-tile");
        badge.getStyleClass().add("ordinal-badge");
        StackPane badgeBox = new StackPane(badge);
        name.getStyleClass().add("pod-name");
        HBox top = new HBox(6, badgeBox, name);
        top.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("pod-status");
        detail.getStyleClass().add("pod-detail");
        getChildren().addAll(top, status, detail);
        update(view);
        setOpacity(0);
        FadeTransition in = new FadeTransition(Duration.millis(400), this);
        in.setToValue(1);
        in.play();
    }

    PodView view() {
        return view;
    }

    void update(PodView next) {
        if (next.equals(view)) {
            return;
        }
        PodView previous = view;
        view = next;
        badge.setText(next.ordinal() < 0 ? "·" : Integer.toString(next.ordinal()));
        name.setText(next.name());
        status.setText(next.glyph() + " " + next.status());
        detail.setText(next.ready() + " · restarts " + next.restarts() + " · " + next.age());
        getStyleClass().removeAll(STATUS_CLASSES);
        getStyleClass().add(next.statusClass());
        if (previous != null && !previous.status().equals(next.status())) {
            flash();
        }
        setAccessibleText(next.name() + " " + next.ready() + " " + next.status());
    }

    /** A short pulse so a class sees which pod just changed. */
    private void flash() {
        FadeTransition pulse = new FadeTransition(Duration.millis(250), this);
        pulse.setFromValue(0.35);
        pulse.setToValue(1);
        pulse.play();
    }
}
