package dev.stsviz.view;

import dev.stsviz.view.model.NodeView;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Pane;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Node columns wrapped into rows, virtualised: only the columns in (or within a screen of) the viewport exist as
 * scene-graph nodes; the others are their {@link NodeView}s and a remembered height. A thousand nodes cost the
 * CSS and layout of the few dozen in view, on the first frame as on every change (as a ListView does with cells),
 * and a change to one column does not walk the others: the rows are recomputed only when the nodes, the width or a
 * measured height change.
 * <p>Every row is as tall as its tallest column; a column never shown yet is assumed as tall as the tallest
 * compact one measured, which for a cluster of similar nodes is exact.
 */
final class ColumnGrid extends Pane {
    static final double GAP = 16;
    /** Before anything was measured: the CSS width of a column (15em at 13px) and a compact column's height. */
    private static final double DEFAULT_WIDTH = 195;
    private static final double DEFAULT_HEIGHT = 140;

    private final Function<NodeView, NodeColumn> create;
    private final BiConsumer<NodeColumn, NodeView> update;
    private final BiConsumer<String, NodeColumn> onRemoved;
    private List<NodeView> items = List.of();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, NodeColumn> live = new LinkedHashMap<>();
    private final Map<String, Double> heights = new HashMap<>();
    private double cellWidth = DEFAULT_WIDTH;
    private double typicalHeight = DEFAULT_HEIGHT;
    private Rectangle2D viewport;
    // the rows, from the last geometry pass
    private boolean geometryDirty = true;
    private double geometryWidth = -1;
    private int perRow = 1;
    private double[] rowTop = new double[0];
    private double[] rowHeight = new double[0];
    /** The last answer for a width other than the laid-out one (parents ask at each layout). */
    private double otherWidth = Double.NaN;
    private double otherHeight;
    private boolean otherDirty = true;

    /**
     * @param create    makes the column of a view coming into view
     * @param update    brings a live column up to date with its view
     * @param onRemoved told when a column leaves the scene graph (out of view, or its node is gone)
     */
    ColumnGrid(Function<NodeView, NodeColumn> create, BiConsumer<NodeColumn, NodeView> update,
               BiConsumer<String, NodeColumn> onRemoved) {
        this.create = create;
        this.update = update;
        this.onRemoved = onRemoved;
        getStyleClass().add("column-grid");
    }

    /** The columns to show, in order; live ones are updated now, the others when they come into view. */
    void setItems(List<NodeView> next) {
        boolean sameNames = next.size() == items.size();
        for (int i = 0; sameNames && i < next.size(); i++) {
            String a = next.get(i).name();
            String b = items.get(i).name();
            sameNames = a == b || a.equals(b);
        }
        items = next;
        if (!sameNames) {
            index.clear();
            for (int i = 0; i < items.size(); i++) {
                index.put(items.get(i).name(), i);
            }
            heights.keySet().retainAll(index.keySet());
            for (var it = live.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!index.containsKey(e.getKey())) {
                    it.remove();
                    getChildren().remove(e.getValue());
                    onRemoved.accept(e.getKey(), e.getValue());
                }
            }
            geometryDirty = true;
            otherDirty = true;
        }
        for (Map.Entry<String, NodeColumn> e : live.entrySet()) {
            update.accept(e.getValue(), items.get(index.get(e.getKey())));
        }
        requestLayout();
    }

    /** What the scroll pane shows, in this grid's coordinates (the diagram's: the grid sits at its top left). */
    void setViewport(Rectangle2D visible) {
        if (!visible.equals(viewport)) {
            viewport = visible;
            requestLayout();
        }
    }

    /** Where a column is (or would be) drawn, in this grid's coordinates; null for an unknown name. */
    Bounds cell(String name) {
        Integer i = index.get(name);
        if (i == null) {
            return null;
        }
        geometry(getWidth());
        int row = i / perRow;
        return new BoundingBox((i % perRow) * (cellWidth + GAP), rowTop[row], cellWidth, rowHeight[row]);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return cellWidth;
    }

    @Override
    protected double computePrefWidth(double height) {
        int columns = Math.max(1, Math.min(items.size(), 6));
        return columns * cellWidth + (columns - 1) * GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        if (w == getWidth() || w == geometryWidth) {
            geometry(w);
            int rows = rowTop.length;
            return rows == 0 ? 0 : rowTop[rows - 1] + rowHeight[rows - 1];
        }
        // asked about another width (a parent measuring): answer without disturbing the rows laid out
        if (w == otherWidth && !otherDirty) {
            return otherHeight;
        }
        int across = Math.max(1, (int) Math.floor((w + GAP) / (cellWidth + GAP)));
        double total = 0;
        for (int row = 0; row * across < items.size(); row++) {
            double height = 0;
            for (int i = row * across; i < Math.min(items.size(), (row + 1) * across); i++) {
                height = Math.max(height, heights.getOrDefault(items.get(i).name(), typicalHeight));
            }
            total += height + (row == 0 ? 0 : GAP);
        }
        otherWidth = w;
        otherHeight = total;
        otherDirty = false;
        return total;
    }

    @Override
    protected void layoutChildren() {
        geometry(getWidth());
        // the rows in view, with a screen's margin so that scrolling finds columns already made
        double top = viewport == null ? 0 : viewport.getMinY() - viewport.getHeight();
        double bottom = viewport == null ? 1000 : viewport.getMaxY() + viewport.getHeight();
        int first = rowTop.length;
        int last = -1;
        for (int row = 0; row < rowTop.length; row++) {
            if (rowTop[row] + rowHeight[row] >= top && rowTop[row] <= bottom) {
                first = Math.min(first, row);
                last = row;
            }
        }
        int from = first * perRow;
        int to = Math.min(items.size(), (last + 1) * perRow); // items [from, to) are wanted
        for (var it = live.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            int i = index.get(e.getKey());
            if (i < from || i >= to) {
                it.remove();
                getChildren().remove(e.getValue());
                onRemoved.accept(e.getKey(), e.getValue());
            }
        }
        for (int i = from; i < to; i++) {
            NodeView view = items.get(i);
            if (!live.containsKey(view.name())) {
                NodeColumn column = create.apply(view);
                live.put(view.name(), column);
                getChildren().add(column);
                column.applyCss(); // as a ListView does with a new cell: its size is known before it is placed
            }
        }
        if (measure()) {
            geometry(getWidth());
            requestLayout(); // measured sizes moved the rows: check again next pulse which ones are in view
        }
        for (Map.Entry<String, NodeColumn> e : live.entrySet()) {
            int i = index.get(e.getKey());
            int row = i / perRow;
            e.getValue().resizeRelocate((i % perRow) * (cellWidth + GAP), rowTop[row], cellWidth, rowHeight[row]);
        }
    }

    /** Records live columns' sizes; true when one differs from what the rows were computed with. */
    private boolean measure() {
        boolean changed = false;
        for (Map.Entry<String, NodeColumn> e : live.entrySet()) {
            NodeColumn column = e.getValue();
            double width = Math.ceil(column.prefWidth(-1));
            if (width > 0 && (width > cellWidth || cellWidth == DEFAULT_WIDTH) && width != cellWidth) {
                cellWidth = width;
                changed = true;
            }
        }
        for (Map.Entry<String, NodeColumn> e : live.entrySet()) {
            double height = Math.ceil(e.getValue().prefHeight(cellWidth));
            Double before = heights.put(e.getKey(), height);
            if (before == null || before != height) {
                changed = true;
            }
            if (e.getValue().compact() && (typicalHeight == DEFAULT_HEIGHT || height > typicalHeight)) {
                typicalHeight = height;
            }
        }
        if (changed) {
            geometryDirty = true;
            otherDirty = true;
        }
        return changed;
    }

    /** Rows for this width: how many columns a row holds, each row's top and height. */
    private void geometry(double width) {
        if (!geometryDirty && width == geometryWidth) {
            return;
        }
        geometryDirty = false;
        geometryWidth = width;
        perRow = Math.max(1, (int) Math.floor((width + GAP) / (cellWidth + GAP)));
        int rows = (items.size() + perRow - 1) / perRow;
        rowTop = new double[rows];
        rowHeight = new double[rows];
        double y = 0;
        for (int row = 0; row < rows; row++) {
            double height = 0;
            for (int i = row * perRow; i < Math.min(items.size(), (row + 1) * perRow); i++) {
                height = Math.max(height, heights.getOrDefault(items.get(i).name(), typicalHeight));
            }
            rowTop[row] = y;
            rowHeight[row] = height;
            y += height + GAP;
        }
    }
}
