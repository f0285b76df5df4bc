package dev.stsviz.view;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One curve from each pod tile to the claim tile it mounts: the StatefulSet's identity-to-storage binding. Curves
 * are kept by claim name and moved in place on each layout, never recreated.
 */
final class BindingLinks extends Pane {
    private final Map<String, CubicCurve> curves = new LinkedHashMap<>();

    BindingLinks() {
        setMouseTransparent(true);
        getStyleClass().add("links");
    }

    void draw(Node space, Map<String, PodTile> pods, Map<String, ClaimTile> claims) {
        Map<String, CubicCurve> next = new HashMap<>();
        List<Node> shown = new ArrayList<>();
        for (ClaimTile claim : claims.values()) {
            PodTile pod = claim.view().mountedBy() == null ? null : pods.get(claim.view().mountedBy());
            if (pod == null || pod.getScene() == null || claim.getScene() == null) {
                continue;
            }
            Bounds from = space.sceneToLocal(pod.localToScene(pod.getBoundsInLocal()));
            Bounds to = space.sceneToLocal(claim.localToScene(claim.getBoundsInLocal()));
            if (from == null || to == null) {
                continue;
            }
            CubicCurve curve = curves.get(claim.view().name());
            if (curve == null) {
                curve = new CubicCurve();
                curve.setFill(null); // a link is a line, never a filled shape
                curve.getStyleClass().add("binding-link");
            }
            double x1 = from.getCenterX();
            double y1 = from.getMaxY();
            double x2 = to.getCenterX();
            double y2 = to.getMinY();
            curve.setStartX(x1);
            curve.setStartY(y1);
            curve.setControlX1(x1);
            curve.setControlY1((y1 + y2) / 2);
            curve.setControlX2(x2);
            curve.setControlY2((y1 + y2) / 2);
            curve.setEndX(x2);
            curve.setEndY(y2);
            boolean terminating = pod.view().terminating();
            if (terminating != curve.getStyleClass().contains("binding-link-terminating")) {
                if (terminating) {
                    curve.getStyleClass().add("binding-link-terminating");
                } else {
                    curve.getStyleClass().remove("binding-link-terminating");
                }
            }
            next.put(claim.view().name(), curve);
            shown.add(curve);
        }
        curves.clear();
        curves.putAll(next);
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
        applyCss(); // styled now, not a pulse later: screenshots and the next frame see coloured links
    }
}
