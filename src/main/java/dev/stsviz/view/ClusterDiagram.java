package dev.stsviz.view;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.view.model.DiagramModel;
import dev.stsviz.view.model.NodeView;
import dev.stsviz.view.model.PodView;
import dev.stsviz.view.model.WorkloadFilter;
import dev.stsviz.view.model.Workloads;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The cluster as a picture: one column per node with its pods in ordinal order, a column for unscheduled pods,
 * and the storage row below, each claim linked to the pod that mounts it. Updated incrementally from a
 * {@link DiagramModel}: columns and tiles are kept by name, only what changed is touched.
 * <p>Crowded columns are compact (counts and a canvas of dots) unless zoomed in: see {@link LevelOfDetail}. A large
 * cluster's columns (or more than {@link #WRAP_AFTER_NODES} nodes) wrap, and many claims are one line of counts.
 * <p>Above the columns, a card per StatefulSet ({@link StatefulSetCard}); tiles carry their pod's identity lines
 * ({@link PodIdentityLines}), with IPs shown when {@link #showIpsProperty()} is on.
 */
public final class ClusterDiagram extends Pane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HOLDS_SELECTED = PseudoClass.getPseudoClass("holds-selected");
    private final HBox columns = new HBox(16);
    private final ColumnGrid grid;
    /** The name of the pending pods' pseudo-node (not a DNS-1123 name, so no real node has it). */
    private static final String UNSCHEDULED = "unscheduled";
    private List<NodeView> shownNodes = List.of();
    private final NodeColumn unscheduledColumn;
    private final StorageRow storage;
    private final VBox content = new VBox(18);
    /** The content's children: the StatefulSet cards, the columns (side by side or a grid), the storage row, its title. */
    private static final int COLUMNS = 1;
    private static final int STORAGE = 2;
    private final StatefulSetCardsRow setCards = new StatefulSetCardsRow();
    /** A colour per workload, the legend above the cards, and which workloads' pods it hides. */
    private final WorkloadColours colours = new WorkloadColours();
    private final Workloads workloads = new Workloads();
    private final WorkloadFilter filter = new WorkloadFilter();
    private final WorkloadLegend legend;
    /** More than one workload in the picture: tiles name their owner and carry its stripe. */
    private boolean manyWorkloads;
    /** The model last shown, before the legend's filter (a chip toggled shows it again, filtered anew). */
    private DiagramModel lastModel;
    private final IdentityDisplay identity;
    private final BooleanProperty showIps = new SimpleBooleanProperty(false);
    private final BindingLinks links = new BindingLinks();
    private final LessonOutlines outlines = new LessonOutlines();
    private final DotPalette palette = new DotPalette(this::paletteChanged);
    /** Claim name → the node (column) it is placed under; empty while the claims are one line of counts. */
    private Map<String, String> claimNodes = Map.of();
    private final Map<String, NodeColumn> nodeColumns = new LinkedHashMap<>();
    private final Consumer<Selection> onSelect;
    private final Function<Selection, ContextMenu> menus;
    private Selection selected;
    private final LevelOfDetail detail = new LevelOfDetail();
    private boolean detailScheduled;
    private boolean paletteDirty;
    private Instant now = Instant.EPOCH;
    /** Columns wrap into rows (a grid) for a large cluster or more nodes than fit side by side. */
    private boolean wrapped;
    static final int WRAP_AFTER_NODES = 6;

    public ClusterDiagram(Consumer<Selection> onSelect, Function<Selection, ContextMenu> menus) {
        this(onSelect, menus, System::nanoTime);
    }

    /** {@code wallNanos}: the real clock that times a new IP's highlight (tests pass their own). */
    ClusterDiagram(Consumer<Selection> onSelect, Function<Selection, ContextMenu> menus, java.util.function.LongSupplier wallNanos) {
        this.identity = new IdentityDisplay(wallNanos);
        this.onSelect = onSelect;
        this.menus = menus;
        this.storage = new StorageRow(this::select);
        this.legend = new WorkloadLegend(colours, hidden -> {
            if (lastModel != null) {
                update(lastModel, now);
            }
        });
        getStyleClass().add("cluster-diagram");
        grid = new ColumnGrid(this::gridColumn, this::refreshColumn, (name, column) -> {
            if (!UNSCHEDULED.equals(name)) {
                nodeColumns.remove(name);
            }
        });
        unscheduledColumn = new NodeColumn(new NodeView(UNSCHEDULED, "Pending pods", true, false, List.of(), "", List.of()),
                this::newTile, this::compactView, false);
        unscheduledColumn.getStyleClass().add("unscheduled-column");
        // below the claims: above them, the links from the pods would run through it
        Label storageTitle = new Label(Texts.get("diagram.storage"));
        storageTitle.getStyleClass().add("section-title");
        // a left margin as wide as the gaps between columns: the first column's links run down it
        content.setPadding(new javafx.geometry.Insets(0, 0, 0, ColumnGrid.GAP));
        VBox header = new VBox(8, legend.node(), setCards.node());
        content.getChildren().addAll(header, columns, storage.node(), storageTitle);
        getChildren().addAll(content, links, palette, outlines);
        showIps.addListener((o, a, on) -> {
            identity.showIps(on);
            refreshIdentity();
        });
    }

    /** The View toggle "Show IPs": every tile's IP, not only on hover or while a new one is highlighted. */
    public BooleanProperty showIpsProperty() {
        return showIps;
    }

    /** Tiles re-read the identity options (zoom level, Show IPs). */
    private void refreshIdentity() {
        for (NodeColumn column : nodeColumns.values()) {
            column.tiles().values().forEach(t -> t.identity().refresh());
        }
        unscheduledColumn.tiles().values().forEach(t -> t.identity().refresh());
    }

    /** The zoom or the cluster's size moved across {@link LevelOfDetail#IDENTITY_ZOOM}: tiles add or drop the lines. */
    private void checkIdentityDetail() {
        if (identity.detailed(detail.identityLines())) {
            refreshIdentity();
        }
    }

    private CompactNodeView compactView() {
        return new CompactNodeView(palette, pod -> select(new Selection(Kinds.POD, pod)));
    }

    /** Shows the model; {@code now} is the source's clock, from which tiles format RESTARTS and AGE. */
    public void update(DiagramModel all, Instant now) {
        showTime(now);
        lastModel = all;
        showOwners(legend.update(workloads.of(all)));
        DiagramModel model = filter.apply(all, legend.hidden());
        int total = model.unscheduled().size();
        for (NodeView node : model.nodes()) {
            total += node.pods().size();
        }
        boolean wasWrapped = wrapped;
        detail.startUpdate(total);
        boolean large = detail.large();
        wrapped = large || model.nodes().size() > WRAP_AFTER_NODES;
        checkIdentityDetail();
        setCards.update(model.sets());
        shownNodes = model.nodes();
        NodeView pending = new NodeView(UNSCHEDULED, model.unscheduled().isEmpty() ? Texts.get("diagram.noPodWaits")
                : model.unscheduled().size() + " Pending", true, false, List.of(), "", model.unscheduled());
        if (wasWrapped != wrapped || content.getChildren().get(COLUMNS) != (wrapped ? grid : columns)) {
            // switching layouts: the other one's columns go (the grid makes its own, for what is in view)
            columns.getChildren().clear();
            grid.setItems(List.of());
            nodeColumns.clear();
            content.getChildren().set(COLUMNS, wrapped ? grid : columns);
        }
        if (wrapped) {
            List<NodeView> items = new ArrayList<>(model.nodes());
            items.add(pending);
            grid.setItems(items); // live columns are updated now; the others are made when scrolled into view
        } else {
            showSideBySide(model.nodes(), pending);
        }
        // past a few rows of tiles, the storage row is one line of counts (tiles stay a click away: select a pod)
        storage.update(model.claims(), large || model.claims().size() > StorageRow.MAX_TILES);
        if (content.getChildren().get(STORAGE) != storage.node()) {
            content.getChildren().set(STORAGE, storage.node());
        }
        claimNodes = storage.compact() ? Map.of() : ClaimPlacement.columnsOf(model, UNSCHEDULED);
        markSelected();
        requestLayout();
    }

    /** Tiles name their owner and show its stripe while the picture holds more than one workload. */
    private void showOwners(boolean many) {
        if (many == manyWorkloads) {
            return;
        }
        manyWorkloads = many;
        for (NodeColumn column : nodeColumns.values()) {
            column.tiles().values().forEach(t -> t.showOwner(many));
        }
        unscheduledColumn.tiles().values().forEach(t -> t.showOwner(many));
    }

    /** For tests and screenshots: the workloads' legend. */
    WorkloadLegend legend() {
        return legend;
    }

    /** A few nodes: every column exists, side by side. */
    private void showSideBySide(List<NodeView> nodes, NodeView pending) {
        boolean created = false;
        Set<String> wanted = new HashSet<>();
        for (NodeView node : nodes) {
            wanted.add(node.name());
            NodeColumn column = nodeColumns.get(node.name());
            if (column == null) {
                nodeColumns.put(node.name(), newColumn(node));
                created = true;
            } else {
                refreshColumn(column, node);
            }
        }
        nodeColumns.keySet().removeIf(name -> !wanted.contains(name));
        refreshColumn(unscheduledColumn, pending);
        List<Node> children = new ArrayList<>(nodeColumns.values());
        children.add(unscheduledColumn);
        if (!columns.getChildren().equals(children)) {
            columns.getChildren().setAll(children);
        }
        if (created && detail.zoomedIn()) {
            scheduleDetail();
        }
    }

    /** A column for a node coming into the picture: selection, context menu, the selected pod marked. */
    private NodeColumn newColumn(NodeView node) {
        NodeColumn made = new NodeColumn(node, this::newTile, this::compactView, detail.crowded(node.pods().size()), () -> now);
        made.setOnMouseClicked(e -> select(new Selection(Kinds.NODE, made.view().name())));
        attachMenu(made, () -> new Selection(Kinds.NODE, made.view().name()));
        markColumn(made, selected != null && Kinds.POD.equals(selected.kind()) ? selected.name() : null);
        made.pseudoClassStateChanged(SELECTED, selected != null && Kinds.NODE.equals(selected.kind())
                && selected.name().equals(node.name()));
        return made;
    }

    private void refreshColumn(NodeColumn column, NodeView view) {
        column.setCompact(detail.keepCompact(column, view.pods().size()));
        column.update(view);
    }

    /** The grid's callbacks: a column scrolled into view is made (and kept by name), one scrolled out dropped. */
    private NodeColumn gridColumn(NodeView view) {
        if (UNSCHEDULED.equals(view.name())) {
            refreshColumn(unscheduledColumn, view);
            return unscheduledColumn;
        }
        NodeColumn column = newColumn(view);
        nodeColumns.put(view.name(), column);
        if (detail.zoomedIn()) {
            scheduleDetail();
        }
        return column;
    }

    /** Where the diagram is seen, in its own coordinates, at which zoom: crowded columns in view may show tiles. */
    void setViewport(Rectangle2D visible, double scale) {
        // the grid sits below the StatefulSet cards: it is told what is in view in its own coordinates
        double gridTop = content.getLayoutY() + grid.getLayoutY();
        grid.setViewport(new Rectangle2D(visible.getMinX(), Math.max(0, visible.getMinY() - gridTop), visible.getWidth(),
                visible.getHeight()));
        if (detail.setViewport(visible, scale)) {
            scheduleDetail();
            checkIdentityDetail();
        }
    }

    double zoom() {
        return detail.zoom();
    }

    private void scheduleDetail() {
        if (!detailScheduled) {
            detailScheduled = true;
            Platform.runLater(() -> {
                detailScheduled = false;
                refreshDetail();
            });
        }
    }

    /** Re-decides every column's level of detail from the zoom and what is in view. */
    void refreshDetail() {
        List<NodeColumn> all = new ArrayList<>(nodeColumns.values());
        all.add(unscheduledColumn);
        detail.refresh(all, this::boundsInDiagram);
        markSelected();
    }

    /** A column's (or any descendant's) bounds in the diagram's own, unscaled coordinates. */
    Bounds boundsInDiagram(Node node) {
        Bounds b = node.getBoundsInLocal();
        double x = 0;
        double y = 0;
        for (Node n = node; n != null && n != this; n = n.getParent()) {
            x += n.getLayoutX() + n.getTranslateX();
            y += n.getLayoutY() + n.getTranslateY();
        }
        return new BoundingBox(b.getMinX() + x, b.getMinY() + y, b.getWidth(), b.getHeight());
    }

    /** Tiles shown (not compact columns, which have no ages) re-format RESTARTS and AGE when the second changes. */
    public void showTime(Instant time) {
        if (time.getEpochSecond() == now.getEpochSecond()) {
            now = time;
            return;
        }
        now = time;
        for (NodeColumn column : nodeColumns.values()) {
            column.showTime();
            column.tiles().values().forEach(PodTile::showTime);
        }
        unscheduledColumn.tiles().values().forEach(PodTile::showTime);
    }

    /** New pod tiles get the clock, selection and the context menu. */
    private PodTile newTile(PodView view) {
        PodTile tile = new PodTile(view, () -> now, colours);
        tile.showOwner(manyWorkloads);
        tile.attachIdentity(identity);
        wire(tile);
        return tile;
    }

    private void wire(PodTile tile) {
        tile.setOnMouseClicked(e -> {
            select(new Selection(Kinds.POD, tile.view().name()));
            e.consume();
        });
        attachMenu(tile, () -> new Selection(Kinds.POD, tile.view().name()));
        if (selected != null && Kinds.POD.equals(selected.kind())) {
            markPod(tile);
        }
    }

    private void attachMenu(Node node, java.util.function.Supplier<Selection> what) {
        node.setOnContextMenuRequested(e -> {
            Selection s = what.get();
            select(s);
            ContextMenu menu = menus.apply(s);
            if (menu != null) {
                menu.show(node, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    public void select(Selection selection) {
        selected = selection;
        markSelected();
        onSelect.accept(selection);
    }

    public Selection selected() {
        return selected;
    }

    private void markSelected() {
        String pod = selected != null && Kinds.POD.equals(selected.kind()) ? selected.name() : null;
        for (NodeColumn column : nodeColumns.values()) {
            column.pseudoClassStateChanged(SELECTED, selected != null && Kinds.NODE.equals(selected.kind())
                    && selected.name().equals(column.view().name()));
            markColumn(column, pod);
        }
        markColumn(unscheduledColumn, pod);
        for (ClaimTile tile : storage.tiles().values()) {
            tile.pseudoClassStateChanged(SELECTED, selected != null && Kinds.PVC.equals(selected.kind())
                    && selected.name().equals(tile.view().name()));
        }
    }

    /** Tiles get :selected; a compact column holding the selected pod gets :holds-selected and rings its dot. */
    private void markColumn(NodeColumn column, String pod) {
        CompactNodeView compact = column.compactView();
        if (compact == null) {
            column.pseudoClassStateChanged(HOLDS_SELECTED, false);
            column.tiles().values().forEach(this::markPod);
            return;
        }
        boolean holds = pod != null && holds(column.view(), pod);
        column.pseudoClassStateChanged(HOLDS_SELECTED, holds);
        compact.highlight(holds ? pod : null);
    }

    private static boolean holds(NodeView node, String pod) {
        for (PodView p : node.pods()) {
            if (p.name().equals(pod)) {
                return true;
            }
        }
        return false;
    }

    private void markPod(PodTile tile) {
        tile.pseudoClassStateChanged(SELECTED, selected != null && Kinds.POD.equals(selected.kind())
                && selected.name().equals(tile.view().name()));
    }

    private void paletteChanged() {
        paletteDirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (paletteDirty) {
            paletteDirty = false;
            nodeColumns.values().forEach(c -> redraw(c));
            redraw(unscheduledColumn);
        }
        setCards.wrapAt(getWidth() - snappedLeftInset() - snappedRightInset());
        double width = wrapped ? getWidth() : Math.max(getWidth(), content.prefWidth(-1));
        content.resizeRelocate(0, 0, width, content.prefHeight(width));
        links.resizeRelocate(0, 0, getWidth(), getHeight());
        outlines.resizeRelocate(0, 0, getWidth(), getHeight());
        content.layout();
        layoutLinks(width);
        outlines.layoutOver(this::boundsOf);
    }

    /** Places the claims under their pods' columns and draws the pod → claim links. */
    private void layoutLinks(double width) {
        if (storage.compact() || storage.tiles().isEmpty()) {
            if (!links.getChildren().isEmpty()) {
                links.clear();
            }
            return;
        }
        Map<String, PodTile> pods = new LinkedHashMap<>();
        nodeColumns.values().forEach(c -> pods.putAll(c.tiles()));
        pods.putAll(unscheduledColumn.tiles());
        Bounds row = boundsInDiagram(storage.node());
        ClaimPlacement.Plan plan = ClaimPlacement.place(claimSpots(pods), row.getMinX(), row.getMinY());
        if (storage.place(plan, row.getMinX(), row.getMinY())) {
            // the row's size changed (more bus lines, wider): lay out again, the columns above stay where they are
            content.resizeRelocate(0, 0, width, content.prefHeight(width));
            content.layout();
        }
        links.draw(plan, pods, storage.tiles());
    }

    /** Each claim tile with the column it goes under and the pod tile it links to (if drawn), in diagram coordinates. */
    private List<ClaimPlacement.Spot> claimSpots(Map<String, PodTile> pods) {
        List<ClaimPlacement.Spot> spots = new ArrayList<>();
        for (ClaimTile tile : storage.tiles().values()) {
            String name = tile.view().name();
            String node = claimNodes.get(name);
            Bounds column = node == null ? null : columnBounds(node);
            PodTile pod = tile.view().mountedBy() == null ? null : pods.get(tile.view().mountedBy());
            Bounds podBounds = column == null || pod == null || pod.getScene() == null ? null : boundsInDiagram(pod);
            double w = Math.ceil(tile.prefWidth(-1));
            spots.add(new ClaimPlacement.Spot(name, ClaimPlacement.ordinal(name), column, podBounds, w, Math.ceil(tile.prefHeight(w)),
                    tile.view().shared() ? mounts(tile.view().mounters(), pods) : List.of()));
        }
        return spots;
    }

    /** A shared claim's pods drawn as tiles, each with its column's bounds (the column its link runs down). */
    private List<ClaimPlacement.Mount> mounts(List<String> mounters, Map<String, PodTile> pods) {
        List<ClaimPlacement.Mount> mounts = new ArrayList<>();
        for (String name : mounters) {
            PodTile pod = pods.get(name);
            Bounds column = pod == null || pod.getScene() == null ? null : columnBounds(columnOf(name));
            if (column != null) {
                mounts.add(new ClaimPlacement.Mount(name, column, boundsInDiagram(pod)));
            }
        }
        return mounts;
    }

    /** The name of the column whose tiles hold this pod, or null. */
    private String columnOf(String pod) {
        for (Map.Entry<String, NodeColumn> e : nodeColumns.entrySet()) {
            if (e.getValue().tiles().containsKey(pod)) {
                return e.getKey();
            }
        }
        return unscheduledColumn.tiles().containsKey(pod) ? UNSCHEDULED : null;
    }

    /** Outlines these objects (a lesson's step), replacing the ones before; an empty set clears them. */
    public void highlight(Set<Selection> objects) {
        if (outlines.outline(objects)) {
            requestLayout();
        }
    }

    /** Where a pod, node or claim is drawn now, in the diagram's coordinates; null when it is not drawn. */
    private Bounds boundsOf(Selection s) {
        return switch (s.kind()) {
            case Kinds.POD -> locate(s.name());
            case Kinds.NODE -> nodeColumns.containsKey(s.name()) || wrapped ? columnBounds(s.name()) : null;
            case Kinds.PVC -> storage.tiles().containsKey(s.name()) ? boundsInDiagram(storage.tiles().get(s.name())) : null;
            default -> null;
        };
    }

    /** For tests: the objects outlined now, as "pod/kubia-0". */
    List<String> outlined() {
        return outlines.outlined();
    }

    private static void redraw(NodeColumn column) {
        if (column.compactView() != null) {
            column.compactView().redraw();
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return wrapped ? content.minWidth(height) : super.computeMinWidth(height);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }

    /** The pod whose name is the query, else the first whose name contains it (ignoring case). */
    Optional<String> findPod(String query, boolean exactOnly) {
        String q = query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        String partial = null;
        List<NodeView> all = new ArrayList<>(shownNodes); // every node, also those whose columns are not made
        all.add(unscheduledColumn.view());
        for (NodeView node : all) {
            for (PodView p : node.pods()) {
                String name = p.name().toLowerCase(Locale.ROOT);
                if (name.equals(q)) {
                    return Optional.of(p.name());
                }
                if (partial == null && !exactOnly && name.contains(q)) {
                    partial = p.name();
                }
            }
        }
        return Optional.ofNullable(partial);
    }

    /** Where a pod is drawn, in diagram coordinates: its tile, or its compact column; null when not shown. */
    Bounds locate(String pod) {
        Node tile = podTile(pod);
        if (tile != null) {
            return boundsInDiagram(tile);
        }
        for (NodeView node : shownNodes) {
            if (holds(node, pod)) {
                return columnBounds(node.name());
            }
        }
        return holds(unscheduledColumn.view(), pod) ? columnBounds(UNSCHEDULED) : null;
    }

    /** A column's bounds in the diagram; in the grid, also for a column not made yet (where it would be). */
    private Bounds columnBounds(String name) {
        NodeColumn made = UNSCHEDULED.equals(name) ? unscheduledColumn : nodeColumns.get(name);
        if (!wrapped && made != null) {
            return boundsInDiagram(made);
        }
        Bounds cell = grid.cell(name);
        if (cell == null) {
            return made == null ? null : boundsInDiagram(made);
        }
        double x = 0;
        double y = 0;
        for (Node n = grid; n != null && n != this; n = n.getParent()) { // the grid's own origin, not its children's
            x += n.getLayoutX() + n.getTranslateX();
            y += n.getLayoutY() + n.getTranslateY();
        }
        return new BoundingBox(x + cell.getMinX(), y + cell.getMinY(), cell.getWidth(), cell.getHeight());
    }

    /** For tests and screenshots: the tile of a pod, if shown. */
    Node podTile(String name) {
        for (NodeColumn c : nodeColumns.values()) {
            if (c.tiles().containsKey(name)) {
                return c.tiles().get(name);
            }
        }
        return unscheduledColumn.tiles().get(name);
    }

    /** The node's view as last shown, also for a column not made (out of view); null for an unknown node. */
    NodeView nodeView(String name) {
        for (NodeView node : shownNodes) {
            if (node.name().equals(name)) {
                return node;
            }
        }
        return null;
    }

    NodeColumn nodeColumn(String name) {
        return nodeColumns.get(name);
    }

    /** For tests and screenshots: a StatefulSet's card, if shown. */
    StatefulSetCard statefulSetCard(String name) {
        return setCards.card(name);
    }

}
