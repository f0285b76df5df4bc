package dev.stsviz.view;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.view.model.ClaimView;
import dev.stsviz.view.model.DiagramModel;
import dev.stsviz.view.model.NodeView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The cluster as a picture: one column per node with its pods in ordinal order, a column for unscheduled pods,
 * and the storage row below, each claim linked to the pod that mounts it. Updated incrementally from a
 * {@link DiagramModel}: tiles are kept by name, only what changed is touched.
 */
public final class ClusterDiagram extends Pane {
    private final HBox columns = new HBox(16);
    private final NodeColumn unscheduledColumn;
    private final FlowPane storage = new FlowPane(12, 12);
    private final VBox content = new VBox(18);
    private final Pane links = new Pane();
    private final Map<String, NodeColumn> nodeColumns = new LinkedHashMap<>();
    private final Map<String, ClaimTile> claimTiles = new LinkedHashMap<>();
    private final Consumer<Selection> onSelect;
    private final Function<Selection, ContextMenu> menus;
    private Selection selected;

    public ClusterDiagram(Consumer<Selection> onSelect, Function<Selection, ContextMenu> menus) {
        this.onSelect = onSelect;
        this.menus = menus;
        getStyleClass().add("cluster-diagram");
        unscheduledColumn = new NodeColumn(new NodeView("unscheduled", "Pending pods", true, false, List.of(), "", List.of()),
                this::wire);
        unscheduledColumn.getStyleClass().add("unscheduled-column");
        Label storageTitle = new Label("Storage: PersistentVolumeClaims and their PersistentVolumes");
        storageTitle.getStyleClass().add("section-title");
        storage.getStyleClass().add("storage-row");
        content.getChildren().addAll(columns, storageTitle, storage);
        links.setMouseTransparent(true);
        links.getStyleClass().add("links");
        getChildren().addAll(content, links);
    }

    public void update(DiagramModel model) {
        List<String> wanted = new ArrayList<>();
        for (NodeView node : model.nodes()) {
            wanted.add(node.name());
            NodeColumn column = nodeColumns.get(node.name());
            if (column == null) {
                column = new NodeColumn(node, this::wire);
                NodeColumn created = column;
                created.setOnMouseClicked(e -> select(new Selection(Kinds.NODE, created.view().name())));
                attachMenu(created, () -> new Selection(Kinds.NODE, created.view().name()));
                nodeColumns.put(node.name(), column);
            } else {
                column.update(node);
            }
        }
        nodeColumns.keySet().removeIf(name -> !wanted.contains(name));
        unscheduledColumn.update(new NodeView("unscheduled", model.unscheduled().isEmpty() ? "no pod waits"
                : model.unscheduled().size() + " Pending", true, false, List.of(), "", model.unscheduled()));
        List<Node> children = new ArrayList<>(nodeColumns.values());
        children.add(unscheduledColumn);
        if (!columns.getChildren().equals(children)) {
            columns.getChildren().setAll(children);
        }
        syncClaims(model.claims());
        markSelected();
        requestLayout();
    }

    private void syncClaims(List<ClaimView> claims) {
        List<String> wanted = new ArrayList<>();
        for (ClaimView claim : claims) {
            wanted.add(claim.name());
            ClaimTile tile = claimTiles.get(claim.name());
            if (tile == null) {
                tile = new ClaimTile(claim);
                ClaimTile created = tile;
                created.setOnMouseClicked(e -> {
                    select(new Selection(Kinds.PVC, created.view().name()));
                    e.consume();
                });
                claimTiles.put(claim.name(), tile);
            } else {
                tile.update(claim);
            }
        }
        claimTiles.keySet().removeIf(name -> !wanted.contains(name));
        if (!storage.getChildren().equals(new ArrayList<>(claimTiles.values()))) {
            storage.getChildren().setAll(claimTiles.values());
        }
    }

    /** New pod tiles get selection and the context menu. */
    private void wire(PodTile tile) {
        tile.setOnMouseClicked(e -> {
            select(new Selection(Kinds.POD, tile.view().name()));
            e.consume();
        });
        attachMenu(tile, () -> new Selection(Kinds.POD, tile.view().name()));
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
        for (NodeColumn column : nodeColumns.values()) {
            column.pseudoClassStateChanged(SELECTED, selected != null && Kinds.NODE.equals(selected.kind())
                    && selected.name().equals(column.view().name()));
            for (PodTile tile : column.tiles().values()) {
                markPod(tile);
            }
        }
        unscheduledColumn.tiles().values().forEach(this::markPod);
        for (ClaimTile tile : claimTiles.values()) {
            tile.pseudoClassStateChanged(SELECTED, selected != null && Kinds.PVC.equals(selected.kind())
                    && selected.name().equals(tile.view().name()));
        }
    }

    private void markPod(PodTile tile) {
        tile.pseudoClassStateChanged(SELECTED, selected != null && Kinds.POD.equals(selected.kind())
                && selected.name().equals(tile.view().name()));
    }

    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    @Override
    protected void layoutChildren() {
        content.resizeRelocate(0, 0, Math.max(getWidth(), content.prefWidth(-1)), content.prefHeight(-1));
        links.resizeRelocate(0, 0, getWidth(), getHeight());
        content.layout();
        drawLinks();
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }

    /** One curve from each pod to the claim it mounts: the StatefulSet's identity-to-storage binding. */
    private void drawLinks() {
        Map<String, PodTile> pods = new LinkedHashMap<>();
        nodeColumns.values().forEach(c -> pods.putAll(c.tiles()));
        pods.putAll(unscheduledColumn.tiles());
        List<Node> curves = new ArrayList<>();
        for (ClaimTile claim : claimTiles.values()) {
            PodTile pod = claim.view().mountedBy() == null ? null : pods.get(claim.view().mountedBy());
            if (pod == null || pod.getScene() == null || claim.getScene() == null) {
                continue;
            }
            Bounds from = sceneToLocal(pod.localToScene(pod.getBoundsInLocal()));
            Bounds to = sceneToLocal(claim.localToScene(claim.getBoundsInLocal()));
            if (from == null || to == null) {
                continue;
            }
            double x1 = from.getCenterX();
            double y1 = from.getMaxY();
            double x2 = to.getCenterX();
            double y2 = to.getMinY();
            CubicCurve curve = new CubicCurve(x1, y1, x1, (y1 + y2) / 2, x2, (y1 + y2) / 2, x2, y2);
            curve.setFill(null); // a link is a line, never a filled shape
            curve.getStyleClass().add("binding-link");
            if (pod.view().terminating()) {
                curve.getStyleClass().add("binding-link-terminating");
            }
            curves.add(curve);
        }
        links.getChildren().setAll(curves);
        links.applyCss(); // styled now, not a pulse later: screenshots and the next frame see coloured links
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

    NodeColumn nodeColumn(String name) {
        return nodeColumns.get(name);
    }

    ClaimTile claimTile(String name) {
        return claimTiles.get(name);
    }
}
