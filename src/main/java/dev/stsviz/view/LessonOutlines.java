package dev.stsviz.view;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Over the diagram: a thick dashed outline and a "▶ name" tag on each object the lesson's step talks about, so the
 * class sees which tiles the teacher means (a shape and a word, not a colour only). Shapes are kept by name and moved
 * in place on each layout; children change only when the outlined objects do (a change would lay the diagram out again).
 */
final class LessonOutlines extends Pane {
    static final String STYLESHEET = Objects.requireNonNull(LessonOutlines.class.getResource("lesson.css")).toExternalForm();
    private static final double MARGIN = 4;
    private final Map<String, Outline> outlines = new LinkedHashMap<>();
    /** What the lesson's step talks about: outlined on each layout of the diagram. */
    private java.util.Set<Selection> highlighted = java.util.Set.of();

    private record Outline(Rectangle box, Label tag) {
    }

    LessonOutlines() {
        setMouseTransparent(true);
        getStyleClass().add("lesson-outlines");
        getStylesheets().add(STYLESHEET);
    }

    /** The objects to outline from now on; true when they changed (the diagram lays out again to draw them). */
    boolean outline(java.util.Set<Selection> objects) {
        if (objects.equals(highlighted)) {
            return false;
        }
        highlighted = java.util.Set.copyOf(objects);
        return true;
    }

    /** Outlines each highlighted object where {@code boundsOf} says it is drawn (null: not drawn, no outline). */
    void layoutOver(java.util.function.Function<Selection, Bounds> boundsOf) {
        if (highlighted.isEmpty() && getChildren().isEmpty()) {
            return;
        }
        Map<String, Bounds> shown = new LinkedHashMap<>();
        for (Selection s : highlighted) {
            Bounds b = boundsOf.apply(s);
            if (b != null) {
                shown.put(s.kind().toLowerCase(java.util.Locale.ROOT).replace("persistentvolumeclaim", "pvc") + "/" + s.name(), b);
            }
        }
        draw(shown);
    }

    /** @param shown each outlined object's name ("pod/kubia-0") and its bounds in the diagram */
    void draw(Map<String, Bounds> shown) {
        outlines.keySet().retainAll(shown.keySet());
        List<Node> nodes = new ArrayList<>();
        shown.forEach((name, b) -> {
            Outline o = outlines.computeIfAbsent(name, LessonOutlines::outline);
            o.box().setX(b.getMinX() - MARGIN);
            o.box().setY(b.getMinY() - MARGIN);
            o.box().setWidth(b.getWidth() + 2 * MARGIN);
            o.box().setHeight(b.getHeight() + 2 * MARGIN);
            nodes.add(o.box());
            nodes.add(o.tag());
        });
        if (!getChildren().equals(nodes)) {
            getChildren().setAll(nodes);
            applyCss(); // styled now: the tags' sizes are known below, and screenshots see them
        }
        for (Map.Entry<String, Bounds> e : shown.entrySet()) {
            // a tag straddling the outline's top edge, kept inside the diagram
            Label tag = outlines.get(e.getKey()).tag();
            tag.autosize();
            tag.relocate(Math.max(0, e.getValue().getMinX() - MARGIN), Math.max(0, e.getValue().getMinY() - MARGIN - tag.getHeight() / 2));
        }
    }

    private static Outline outline(String name) {
        Rectangle box = new Rectangle();
        box.getStyleClass().add("lesson-outline");
        box.setFill(null); // an outline, never a filled shape over the tile
        box.setId("outline-" + name.replace('/', '-'));
        box.setUserData(name);
        Label tag = new Label("▶ " + name.substring(name.indexOf('/') + 1));
        tag.getStyleClass().add("lesson-marker");
        tag.setAccessibleText("the lesson points at " + name);
        return new Outline(box, tag);
    }

    /** The outlined objects' names, for tests. */
    List<String> outlined() {
        return getChildren().stream().filter(n -> n instanceof Rectangle).map(n -> (String) n.getUserData()).toList();
    }
}
