package dev.stsviz.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The details pane beside the diagram, collapsible: while nothing is selected it is a narrow strip (an empty pane
 * would take a third of the width, a projector's most precious space), a new selection opens it, and its ✕ / the
 * strip's ◂ close and reopen it by hand.
 */
final class DetailsDock {
    private final DetailsPane details;
    private final SplitPane split;
    private final BorderPane root = new BorderPane();
    private final StackPane open = new StackPane();
    private final VBox strip = new VBox(8);
    private final BooleanProperty expanded = new SimpleBooleanProperty(true);
    /** Where the divider was while open: reopening puts it back there. */
    private double openDivider;

    /** Puts the diagram and the details side by side in {@code split}; the divider starts at {@code divider}. */
    DetailsDock(DetailsPane details, SplitPane split, Node diagram, double divider) {
        this.details = details;
        this.split = split;
        this.openDivider = divider;
        Button close = new Button("✕");
        close.setId("details-close");
        close.getStyleClass().add("details-close");
        close.setTooltip(new Tooltip(Texts.get("details.close.tip")));
        close.setAccessibleText(Texts.get("details.close"));
        close.setOnAction(e -> expanded.set(false));
        // over the title's row, at its end: no row of its own
        StackPane.setAlignment(close, Pos.TOP_RIGHT);
        StackPane.setMargin(close, new javafx.geometry.Insets(4));
        open.getChildren().addAll(details.node(), close);

        Button reopen = new Button("◂");
        reopen.setId("details-open");
        reopen.setTooltip(new Tooltip(Texts.get("details.reopen.tip")));
        reopen.setAccessibleText(Texts.get("details.reopen"));
        reopen.setOnAction(e -> expanded.set(true));
        Label word = new Label(Texts.get("details.word"));
        word.setRotate(-90);
        word.getStyleClass().add("details-strip-label");
        strip.getChildren().addAll(reopen, new Group(word));
        strip.setAlignment(Pos.TOP_CENTER);
        strip.getStyleClass().add("details-strip");
        strip.setId("details-strip");
        strip.setMinWidth(Region.USE_PREF_SIZE);
        strip.setOnMouseClicked(e -> expanded.set(true));
        VBox.setVgrow(strip, Priority.ALWAYS);
        root.getStyleClass().add("details-dock");

        split.getItems().setAll(diagram, root);
        split.setDividerPositions(divider);
        expanded.addListener((o, was, is) -> show(is));
        // a new object selected opens the pane; nothing selected folds it to the strip
        details.shownTitleProperty().addListener((o, was, is) -> expanded.set(is != null && !is.isEmpty()));
        expanded.set(details.hasSelection());
        show(expanded.get());
    }

    BooleanProperty expandedProperty() {
        return expanded;
    }

    boolean expanded() {
        return expanded.get();
    }

    /** Folds to the strip unless something is selected (entering projector mode). */
    void collapseUnlessSelected() {
        expanded.set(details.hasSelection());
    }

    private void show(boolean isOpen) {
        if (isOpen) {
            root.setCenter(open);
            root.setMaxWidth(Double.MAX_VALUE);
            SplitPane.setResizableWithParent(root, true);
            split.setDividerPositions(openDivider);
        } else {
            if (split.getDividers().size() == 1 && root.getCenter() == open) {
                openDivider = split.getDividerPositions()[0];
            }
            root.setCenter(strip);
            // the strip's own width, wherever the divider is dragged or the window resized
            root.setMaxWidth(Region.USE_PREF_SIZE);
            SplitPane.setResizableWithParent(root, false);
            split.setDividerPositions(1);
        }
    }
}
