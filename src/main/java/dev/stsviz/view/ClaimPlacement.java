package dev.stsviz.view;

import dev.stsviz.view.model.DiagramModel;
import dev.stsviz.view.model.NodeView;
import dev.stsviz.view.model.PodView;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the claim tiles go and how each link runs, in the diagram's coordinates. A claim sits under the column of
 * the node its pod runs on (a detached claim under the node its data is on, else at the end), claims of one column
 * side by side in ordinal order. A link leaves its pod tile's left edge, runs down the gap left of the column, along a
 * bus line of its own above the claims and down into the claim's top: it never crosses a tile, a column's text or
 * another link, because a column's upper pods take the outer lanes and lower bus lines, and later columns' lines run
 * above earlier ones wherever they overlap.
 */
final class ClaimPlacement {
    /** Between claim tiles, and between a column's left edge and the lane nearest it. */
    static final double GAP = 12;
    /** Between parallel lanes and bus lines. */
    static final double LANE = 6;

    /**
     * A claim to place.
     *
     * @param column the column it belongs under (diagram coordinates), or null
     * @param pod    the pod tile mounting it, when drawn as a tile, or null (no link)
     * @param shared the pods of a claim many pods mount (a ReplicaSet's one claim), each linked from its own column;
     *               such a claim has no column of its own and sits at the row's end
     */
    record Spot(String name, int ordinal, Bounds column, Bounds pod, double width, double height, List<Mount> shared) {
        Spot(String name, int ordinal, Bounds column, Bounds pod, double width, double height) {
            this(name, ordinal, column, pod, width, height, List.of());
        }
    }

    /** One of a shared claim's pods: its tile and its column, in diagram coordinates. */
    record Mount(String pod, Bounds column, Bounds tile) {
    }

    /**
     * Where a claim goes and its link's corner points (x0, y0, x1, y1, ...; empty: no link); a shared claim's links by
     * pod name instead.
     */
    record Placed(Spot spot, Bounds tile, double[] link, Map<String, double[]> shared) {
    }

    /** The placed claims, the row's size (from its top left), and the band above the tiles that the bus lines use. */
    record Plan(Map<String, Placed> claims, double width, double height, double band) {
    }

    /** A link to route: from a pod tile, down the gap left of its column, along a bus line, into a claim's top. */
    private record Run(Spot spot, String pod, Bounds column, Bounds tile, boolean shared) {
    }

    private ClaimPlacement() {
    }

    /**
     * The node each claim belongs under: its pod's ({@code unscheduled} for a Pending pod), else the node holding a
     * detached claim's data. Only computed while the claims are tiles (a few dozen), in one pass over the pods.
     */
    static Map<String, String> columnsOf(DiagramModel model, String unscheduled) {
        Map<String, String> mountedBy = new HashMap<>();
        Map<String, String> nodes = new HashMap<>();
        for (var claim : model.claims()) {
            if (claim.shared()) {
                continue; // linked from every pod's column, placed at the row's end
            }
            if (claim.mountedBy() != null) {
                mountedBy.put(claim.mountedBy(), claim.name());
            } else if (claim.placeHolder() != null) {
                nodes.put(claim.name(), claim.placeHolder());
            }
        }
        for (NodeView node : model.nodes()) {
            for (PodView pod : node.pods()) {
                String claim = mountedBy.get(pod.name());
                if (claim != null) {
                    nodes.put(claim, node.name());
                }
            }
        }
        for (PodView pod : model.unscheduled()) {
            String claim = mountedBy.get(pod.name());
            if (claim != null) {
                nodes.put(claim, unscheduled);
            }
        }
        return nodes;
    }

    /** {@code data-kubia-12} → 12; -1 without a trailing number. */
    static int ordinal(String name) {
        int i = name.length();
        while (i > 0 && Character.isDigit(name.charAt(i - 1))) {
            i--;
        }
        if (i == name.length() || name.length() - i > 9) {
            return -1;
        }
        return Integer.parseInt(name.substring(i));
    }

    /** The order of the row: by column (left to right, then top to bottom), then ordinal; claims without a column last. */
    static final Comparator<Spot> ORDER = Comparator
            .comparing((Spot s) -> s.column() == null)
            .thenComparingDouble(s -> s.column() == null ? 0 : s.column().getMinX())
            .thenComparingDouble(s -> s.column() == null ? 0 : s.column().getMinY())
            .thenComparingInt(Spot::ordinal)
            .thenComparing(Spot::name);

    /**
     * @param spots  the claims
     * @param rowX   the row's left edge, in diagram coordinates
     * @param rowY   the row's top, in diagram coordinates
     */
    static Plan place(List<Spot> spots, double rowX, double rowY) {
        List<Spot> sorted = new ArrayList<>(spots);
        sorted.sort(ORDER);
        List<Run> linked = new ArrayList<>();
        for (Spot s : sorted) {
            if (s.pod() != null && s.column() != null) {
                linked.add(new Run(s, null, s.column(), s.pod(), false));
            }
            for (Mount m : s.shared()) {
                linked.add(new Run(s, m.pod(), m.column(), m.tile(), true));
            }
        }
        // lanes: the links sharing the gap left of a column, the upper pods' outermost
        Map<Double, List<Run>> gutters = new LinkedHashMap<>();
        for (Run r : linked) {
            gutters.computeIfAbsent(r.column().getMinX(), x -> new ArrayList<>()).add(r);
        }
        Map<Run, Double> laneX = new HashMap<>();
        for (List<Run> gutter : gutters.values()) {
            gutter.sort(Comparator.comparingDouble(r -> r.tile().getMinY())); // stable: a column's claims are in pod order
            Run first = gutter.get(0);
            double right = first.column().getMinX() + Math.max(2, (first.tile().getMinX() - first.column().getMinX()) / 2);
            double left = first.column().getMinX() - GAP;
            double step = gutter.size() == 1 ? 0 : Math.min(LANE, (right - left) / (gutter.size() - 1));
            for (int i = 0; i < gutter.size(); i++) {
                laneX.put(gutter.get(i), right - (gutter.size() - 1 - i) * step);
            }
        }
        // tiles left to right, each under its column unless the ones before push it further
        Map<Spot, Double> tileX = new HashMap<>();
        double cursor = rowX;
        double tallest = 0;
        for (Spot s : sorted) {
            double x = s.column() == null ? cursor : Math.max(cursor, s.column().getMinX());
            tileX.put(s, x);
            cursor = x + s.width() + GAP;
            tallest = Math.max(tallest, s.height());
        }
        Map<Run, Double> dropX = drops(linked, laneX, tileX);
        int[] level = BusLevels.of(linked.size(), (j, k) -> {
            Run a = linked.get(j);
            Run b = linked.get(k);
            return BusLevels.overlap(laneX.get(a), dropX.get(a), laneX.get(b), dropX.get(b), LANE)
                    ? BusLevels.above(laneX.get(a), dropX.get(a), laneX.get(b), dropX.get(b), a.shared() || b.shared())
                    : BusLevels.NONE;
        });
        int levels = 0;
        for (int l : level) {
            levels = Math.max(levels, l + 1);
        }
        double band = levels == 0 ? GAP / 2 : GAP + (levels - 1) * LANE + GAP;
        double tilesTop = rowY + band;
        Map<String, Placed> placed = new LinkedHashMap<>();
        Map<Spot, double[]> links = new HashMap<>();
        Map<Spot, Map<String, double[]>> shared = new HashMap<>();
        for (int i = 0; i < linked.size(); i++) {
            Run r = linked.get(i);
            double busY = rowY + GAP + level[i] * LANE;
            double exitY = r.tile().getCenterY();
            double lane = laneX.get(r);
            double into = dropX.get(r);
            double[] link = {r.tile().getMinX(), exitY, lane, exitY, lane, busY, into, busY, into, tilesTop};
            if (r.shared()) {
                shared.computeIfAbsent(r.spot(), x -> new LinkedHashMap<>()).put(r.pod(), link);
            } else {
                links.put(r.spot(), link);
            }
        }
        for (Spot s : sorted) {
            Bounds tile = new BoundingBox(tileX.get(s), tilesTop, s.width(), s.height());
            placed.put(s.name(), new Placed(s, tile, links.getOrDefault(s, new double[0]), shared.getOrDefault(s, Map.of())));
        }
        return new Plan(placed, Math.max(0, cursor - GAP - rowX), band + tallest, band);
    }

    /**
     * Where each link enters its claim: the middle of the tile's top, or for a shared claim's links points spread along
     * it in the order of their lanes (left lane, left point), so they never cross one another on the way down.
     */
    private static Map<Run, Double> drops(List<Run> linked, Map<Run, Double> laneX, Map<Spot, Double> tileX) {
        Map<Spot, List<Run>> bySpot = new LinkedHashMap<>();
        for (Run r : linked) {
            bySpot.computeIfAbsent(r.spot(), s -> new ArrayList<>()).add(r);
        }
        Map<Run, Double> drop = new HashMap<>();
        bySpot.forEach((spot, runs) -> {
            runs.sort(Comparator.comparingDouble(laneX::get));
            for (int i = 0; i < runs.size(); i++) {
                drop.put(runs.get(i), tileX.get(spot) + spot.width() * (i + 1) / (runs.size() + 1));
            }
        });
        return drop;
    }
}
