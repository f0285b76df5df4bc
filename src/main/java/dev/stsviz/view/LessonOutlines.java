package dev.stsviz.view;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Over the diagram: a thick dashed outline and a "▶ name" tag on each object the lesson's step talks about, so
 * the class sees which tiles the teacher means (a shape and a glyph, not a colour only). Redrawn on each layout.
 */
final class LessonOutlines extends Pane {
    static final String STYLESHEET = Objects.requireNonNull(LessonOutlines.class.getResource("lesson.css")).toExternalForm();
    private static final double MARGIN = 4;

    LessonOutlines() {
        setMouseTransparent(true);
        getStyleClass().add("lesson-outlines");
        getStylesheets().add(STYLESHEET);
    }

    /** @param shown each outlined object's name ("pod/kubia-0") and its bounds in the diagram */
    void draw(Map<String, Bounds> shown) {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        shown.forEach((name, b) -> {
            Rectangle box = new Rectangle(b.getMinX() - MARGIN, b.getMinY() - MARGIN, b.getWidth() + 2 * MARGIN, b.getHeight() + 2 * MARGIN);
            box.getStyleClass().add("lesson-outline");
            box.setFill(null); // an outline, never a filled shape over the tile
            box.setId("outline-" + name.replace('/', '-'));
            box.setUserData(name);
            Label marker = new Label("▶ " + name.substring(name.indexOf('/') + 1));
            marker.getStyleClass().add("lesson-marker");
            marker.setAccessibleText("the lesson points at " + name);
            marker.relocate(b.getMinX() - MARGIN, b.getMinY() - MARGIN);
            nodes.add(box);
            nodes.add(marker);
        });
        if (!getChildren().equals(nodes)) {
            getChildren().setAll(nodes);
        }
        applyCss();
        for (javafx.scene.Node n : getChildren()) {
            if (n instanceof Label marker) {
                // a tag straddling the outline's top edge, kept inside the diagram
                marker.autosize();
                marker.relocate(Math.max(0, marker.getLayoutX()), Math.max(0, marker.getLayoutY() - marker.getHeight() / 2));
            }
        }
    }

    /** The outlined objects' names, for tests. */
    List<String> outlined() {
        return getChildren().stream().filter(n -> n instanceof Rectangle).map(n -> (String) n.getUserData()).toList();
    }
}
