package dev.stsviz.view;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.view.model.ClaimView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The storage row: one tile per claim, kept by name, placed by the diagram under the columns of their pods' nodes
 * ({@link ClaimPlacement}); for a large cluster, one line of counts instead (Bound, Pending, Terminating, detached)
 * naming the first few claims that are not simply bound and mounted.
 */
final class StorageRow {
    private static final int NAMED = 6;
    /** More claims than this show as counts: tiles would push the node columns off screen. */
    static final int MAX_TILES = 60;
    private final Pane tilesRow = new Pane();
    private final Label summary = new Label();
    private final Map<String, ClaimTile> tiles = new LinkedHashMap<>();
    private final Consumer<Selection> select;
    private List<ClaimView> shown;
    private boolean compact;

    StorageRow(Consumer<Selection> select) {
        this.select = select;
        tilesRow.getStyleClass().add("storage-row");
        summary.getStyleClass().addAll("storage-row", "storage-summary");
        summary.setWrapText(true);
    }

    /** The node to show: the tiles, or the summary when compact. */
    Node node() {
        return compact ? summary : tilesRow;
    }

    Map<String, ClaimTile> tiles() {
        return tiles;
    }

    boolean compact() {
        return compact;
    }

    /**
     * Moves the tiles where the plan says (diagram coordinates, the row's top left at rowX, rowY); true when the row's
     * size changed, so the diagram lays out again.
     */
    boolean place(ClaimPlacement.Plan plan, double rowX, double rowY) {
        for (ClaimPlacement.Placed placed : plan.claims().values()) {
            ClaimTile tile = tiles.get(placed.spot().name());
            if (tile != null) {
                Bounds at = placed.tile();
                tile.relocate(at.getMinX() - rowX, at.getMinY() - rowY);
            }
        }
        boolean resized = tilesRow.getPrefWidth() != plan.width() || tilesRow.getPrefHeight() != plan.height();
        tilesRow.setPrefSize(plan.width(), plan.height());
        tilesRow.setMinSize(plan.width(), plan.height());
        return resized;
    }

    void update(List<ClaimView> claims, boolean compactNow) {
        if (compactNow != compact) {
            compact = compactNow;
            shown = null;
            if (compact) {
                tiles.clear();
                tilesRow.getChildren().clear();
            }
        }
        if (claims.equals(shown)) {
            return;
        }
        shown = claims;
        if (compact) {
            summarise(claims);
        } else {
            sync(claims);
        }
    }

    private void summarise(List<ClaimView> claims) {
        int bound = 0;
        int detached = 0;
        StringBuilder odd = new StringBuilder();
        int named = 0;
        Map<String, Integer> other = new LinkedHashMap<>();
        for (ClaimView c : claims) {
            if ("Bound".equals(c.status())) {
                bound++;
            } else {
                other.merge(c.status(), 1, Integer::sum);
            }
            if (c.detached()) {
                detached++;
            }
            if ((c.detached() || !"Bound".equals(c.status())) && named++ < NAMED) {
                odd.append(odd.isEmpty() ? "" : ", ").append(c.name()).append(' ').append(c.status())
                        .append(c.detached() ? " detached" : "");
            }
        }
        StringBuilder text = new StringBuilder("⛁ ").append(claims.size()).append(" claims: ● ").append(bound).append(" Bound");
        other.forEach((status, n) -> text.append("  ◌ ").append(n).append(' ').append(status));
        text.append("  ⇢ ").append(detached).append(" detached");
        if (named > 0) {
            text.append("\n").append(odd).append(named > NAMED ? ", …" : "");
        }
        summary.setText(text.toString());
        summary.setAccessibleText(text.toString());
    }

    private void sync(List<ClaimView> claims) {
        Set<String> wanted = new HashSet<>();
        for (ClaimView claim : claims) {
            wanted.add(claim.name());
            ClaimTile tile = tiles.get(claim.name());
            if (tile == null) {
                tile = new ClaimTile(claim);
                ClaimTile created = tile;
                created.setOnMouseClicked(e -> {
                    select.accept(new Selection(Kinds.PVC, created.view().name()));
                    e.consume();
                });
                tiles.put(claim.name(), tile);
            } else {
                tile.update(claim);
            }
        }
        tiles.keySet().removeIf(name -> !wanted.contains(name));
        if (!tilesRow.getChildren().equals(List.copyOf(tiles.values()))) {
            tilesRow.getChildren().setAll(tiles.values());
            tiles.values().forEach(Node::applyCss); // sizes known before the diagram places the tiles
        }
    }
}
