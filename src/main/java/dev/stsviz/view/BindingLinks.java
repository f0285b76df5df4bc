package dev.stsviz.view;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line from each pod tile to the claim tile it mounts: the StatefulSet's identity-to-storage binding, routed by
 * {@link ClaimPlacement} through the gaps (never across a tile's text). Lines are kept by claim name and moved in
 * place on each layout, never recreated.
 */
final class BindingLinks extends Pane {
    private final Map<String, Polyline> lines = new LinkedHashMap<>();

    BindingLinks() {
        setMouseTransparent(true);
        getStyleClass().add("links");
    }

    void draw(ClaimPlacement.Plan plan, Map<String, PodTile> pods, Map<String, ClaimTile> claims) {
        Map<String, Polyline> next = new HashMap<>();
        List<Node> shown = new ArrayList<>();
        for (ClaimPlacement.Placed placed : plan.claims().values()) {
            ClaimTile claim = claims.get(placed.spot().name());
            PodTile pod = claim == null || claim.view().mountedBy() == null ? null : pods.get(claim.view().mountedBy());
            if (placed.link().length == 0 || pod == null) {
                continue;
            }
            Polyline line = lines.get(placed.spot().name());
            if (line == null) {
                line = new Polyline();
                line.setFill(null); // a link is a line, never a filled shape
                line.getStyleClass().add("binding-link");
            }
            List<Double> points = new ArrayList<>(placed.link().length);
            for (double v : placed.link()) {
                points.add(v);
            }
            if (!line.getPoints().equals(points)) {
                line.getPoints().setAll(points);
            }
            boolean terminating = pod.view().terminating();
            if (terminating != line.getStyleClass().contains("binding-link-terminating")) {
                if (terminating) {
                    line.getStyleClass().add("binding-link-terminating");
                } else {
                    line.getStyleClass().remove("binding-link-terminating");
                }
            }
            next.put(placed.spot().name(), line);
            shown.add(line);
        }
        lines.clear();
        lines.putAll(next);
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
        applyCss(); // styled now, not a pulse later: screenshots and the next frame see coloured links
    }

    void clear() {
        lines.clear();
        getChildren().clear();
    }
}
