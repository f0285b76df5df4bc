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
 * One line from each pod tile to the claim tile it mounts: the StatefulSet's identity-to-storage binding, and every
 * pod's line to a claim that many pods share (a ReplicaSet's; those lines are marked as shared), routed by
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
            if (claim == null) {
                continue;
            }
            String name = placed.spot().name();
            PodTile pod = claim.view().mountedBy() == null ? null : pods.get(claim.view().mountedBy());
            if (placed.link().length > 0 && pod != null) {
                shown.add(line(name, placed.link(), pod, false, next));
            }
            placed.shared().forEach((podName, points) -> {
                PodTile mounter = pods.get(podName);
                if (mounter != null) {
                    shown.add(line(name + "\u0000" + podName, points, mounter, true, next));
                }
            });
        }
        lines.clear();
        lines.putAll(next);
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
        applyCss(); // styled now, not a pulse later: screenshots and the next frame see coloured links
    }

    /** The line kept under {@code key}, moved to {@code link}'s points; dashed while its pod terminates. */
    private Polyline line(String key, double[] link, PodTile pod, boolean shared, Map<String, Polyline> next) {
        Polyline line = lines.get(key);
        if (line == null) {
            line = new Polyline();
            line.setFill(null); // a link is a line, never a filled shape
            line.getStyleClass().add("binding-link");
            if (shared) {
                line.getStyleClass().add("binding-link-shared");
            }
        }
        List<Double> points = new ArrayList<>(link.length);
        for (double v : link) {
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
        next.put(key, line);
        return line;
    }

    void clear() {
        lines.clear();
        getChildren().clear();
    }
}
