package dev.stsviz.view;

import dev.stsviz.view.model.PodView;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A pod: an ordinal badge, its name, kubectl's READY / STATUS / RESTARTS / AGE. Status shows as text, glyph, border
 * style and colour together. While the picture holds more than one workload, a line names the pod's owner
 * ("rs/kubia-rs") and a stripe on the tile's left edge takes the workload's colour (the border is the status's).
 * Updated in place, so a burst of changes never rebuilds the tile.
 */
final class PodTile extends VBox {
    private static final List<String> STATUS_CLASSES = List.of("running", "notready", "pending", "terminating", "unknown",
            "completed", "failed");
    private final Label badge = new Label();
    private final Label name = new Label();
    private final Label status = new Label();
    private final Label detail = new Label();
    private final Label owner = new Label();
    private final Supplier<Instant> clock;
    private final WorkloadColours colours;
    private PodView view;
    /** DNS name, revision and IP below the status lines; null until the diagram attaches them. */
    private PodIdentityLines identity;

    /** {@code clock} is the source's time: RESTARTS and AGE are formatted from it when drawn. */
    PodTile(PodView view, Supplier<Instant> clock) {
        this(view, clock, new WorkloadColours());
    }

    /** {@code colours}: the diagram's, so every tile of a workload has the same stripe. */
    PodTile(PodView view, Supplier<Instant> clock, WorkloadColours colours) {
        this.clock = clock;
        this.colours = colours;
        getStyleClass().add("pod-tile");
        badge.getStyleClass().add("ordinal-badge");
        StackPane badgeBox = new StackPane(badge);
        name.getStyleClass().add("pod-name");
        HBox top = new HBox(6, badgeBox, name);
        top.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("pod-status");
        detail.getStyleClass().add("pod-detail");
        owner.getStyleClass().add("pod-owner");
        showOwner(false);
        getChildren().addAll(top, owner, status, detail);
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
        showTime();
        getStyleClass().removeAll(STATUS_CLASSES);
        getStyleClass().add(next.statusClass());
        if (previous == null || !previous.owner().equals(next.owner())) {
            owner.setText(next.owner().label());
            getStyleClass().removeAll(WorkloadColours.ALL);
            getStyleClass().add(colours.styleClass(next.owner()));
        }
        if (previous != null && !previous.status().equals(next.status())) {
            flash();
        }
        describe();
        if (identity != null) {
            identity.show(next.identity());
        }
    }

    /** Shows or hides the owner line and the stripe: the diagram shows them while it holds more than one workload. */
    void showOwner(boolean shown) {
        owner.setVisible(shown);
        owner.setManaged(shown);
        pseudoClassStateChanged(MANY_WORKLOADS, shown);
        describe();
    }

    /** What a screen reader says: the pod, READY and STATUS, and its owner while the owner line shows. */
    private void describe() {
        if (view != null) {
            setAccessibleText(view.name() + " " + view.ready() + " " + view.status()
                    + (owner.isVisible() ? ", " + view.owner().label() : ""));
        }
    }

    boolean ownerShown() {
        return owner.isVisible();
    }

    /** The owner line's text ("rs/kubia-rs"), for tests. */
    String ownerText() {
        return owner.getText();
    }

    private static final javafx.css.PseudoClass MANY_WORKLOADS = javafx.css.PseudoClass.getPseudoClass("many-workloads");

    /** Adds the identity lines, shown as {@code display} says; the tooltip is made when the pointer first comes. */
    void attachIdentity(IdentityDisplay display) {
        identity = new PodIdentityLines(display);
        getChildren().add(identity);
        identity.show(view.identity());
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> identity.installTooltip(this));
    }

    /** The identity lines, or null when not attached. */
    PodIdentityLines identity() {
        return identity;
    }

    /** Re-formats the grace period left, RESTARTS and AGE for the clock's current second (only what changed is set). */
    void showTime() {
        Instant now = clock.get();
        String line = view.statusLine(now);
        if (!line.equals(status.getText())) {
            status.setText(line);
            String left = view.clock() == null ? null : view.clock().graceLeft(now);
            if (left == null) {
                status.setTooltip(null);
            } else if (status.getTooltip() == null) {
                status.setTooltip(new javafx.scene.control.Tooltip("grace period: " + left));
            } else {
                status.getTooltip().setText("grace period: " + left);
            }
        }
        String text = view.detail(now);
        if (!text.equals(detail.getText())) {
            detail.setText(text);
        }
    }

    /** A short pulse so a class sees which pod just changed. */
    private void flash() {
        FadeTransition pulse = new FadeTransition(Duration.millis(250), this);
        pulse.setFromValue(0.35);
        pulse.setToValue(1);
        pulse.play();
    }
}
