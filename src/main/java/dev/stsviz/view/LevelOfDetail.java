package dev.stsviz.view;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;

import java.util.List;
import java.util.function.Function;

/**
 * Which node columns show tiles and which are compact (counts and a canvas of dots). A column with more than
 * {@link #TILES_PER_NODE} pods, or any column of a cluster with more than {@link #LARGE_CLUSTER} pods, is crowded:
 * compact below {@link #TILE_ZOOM}; zoomed in, crowded columns in view show tiles, at most {@link #TILE_BUDGET}. A large
 * cluster's tiles add their identity lines (DNS name, revision, IP) only from {@link #IDENTITY_ZOOM}.
 */
final class LevelOfDetail {
    static final int TILES_PER_NODE = 12;
    static final int LARGE_CLUSTER = 400;
    static final double TILE_ZOOM = 1.5;
    static final int TILE_BUDGET = 800;
    static final double IDENTITY_ZOOM = 2;
    private boolean large;
    private double zoom = 1;
    private Rectangle2D viewport;
    private int budget;

    /** An update begins: is the cluster large, and the tile budget is full again. */
    void startUpdate(int totalPods) {
        large = totalPods > LARGE_CLUSTER;
        budget = TILE_BUDGET;
    }

    boolean large() {
        return large;
    }

    double zoom() {
        return zoom;
    }

    boolean zoomedIn() {
        return zoom >= TILE_ZOOM;
    }

    /** Tiles show their identity lines: always in a small cluster, in a large one only zoomed in this far. */
    boolean identityLines() {
        return !large || zoom >= IDENTITY_ZOOM;
    }

    /** Too many pods for tiles (a new column: zoomed in, it gets tiles once it is known to be in view). */
    boolean crowded(int pods) {
        return large || pods > TILES_PER_NODE;
    }

    /** On an update: compact when crowded and zoomed out; zoomed in, a column keeps its mode while the budget lasts. */
    boolean keepCompact(NodeColumn column, int pods) {
        if (!crowded(pods)) {
            return false;
        }
        if (!zoomedIn() || column.compact() || pods > budget) {
            return true;
        }
        budget -= pods;
        return false;
    }

    /** True when the view or zoom changed. */
    boolean setViewport(Rectangle2D visible, double scale) {
        boolean changed = scale != zoom || !visible.equals(viewport);
        viewport = visible;
        zoom = scale;
        return changed;
    }

    /** Re-decides every column's mode from the zoom and what is in (or, for tiles already made, near) the view. */
    void refresh(List<NodeColumn> columns, Function<Node, Bounds> boundsInDiagram) {
        int left = TILE_BUDGET;
        for (NodeColumn column : columns) {
            int pods = column.view().pods().size();
            boolean compact;
            if (!crowded(pods)) {
                compact = false;
            } else if (!zoomedIn() || viewport == null) {
                compact = true;
            } else {
                Bounds b = boundsInDiagram.apply(column);
                double margin = column.compact() ? 0 : Math.max(viewport.getWidth(), viewport.getHeight());
                boolean near = b.getMaxX() >= viewport.getMinX() - margin && b.getMinX() <= viewport.getMaxX() + margin
                        && b.getMaxY() >= viewport.getMinY() - margin && b.getMinY() <= viewport.getMaxY() + margin;
                compact = !near || pods > left;
                if (!compact) {
                    left -= pods;
                }
            }
            column.setCompact(compact);
        }
    }
}
