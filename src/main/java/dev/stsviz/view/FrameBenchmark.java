package dev.stsviz.view;

import dev.stsviz.view.model.ClaimView;
import dev.stsviz.view.model.DiagramModel;
import dev.stsviz.view.model.NodeView;
import dev.stsviz.view.model.PodView;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Frame-cost benchmark for the diagram, as the window hosts it (zoom bar, scroll pane, the app's stylesheets, a
 * 1600x1000 scene). Call on the FX thread. Models are built directly: kubia-N spread over node-M, one claim each.
 * <ul>
 *     <li>{@link #oneChangeMillis}: median time to apply a model differing in ONE pod's status, then CSS + layout;</li>
 *     <li>{@link #fullRebuildMillis}: median time to build a fresh diagram from the full model, then CSS + layout.</li>
 * </ul>
 * Rendering is not included (no window); both numbers are what a pulse spends before drawing.
 */
public final class FrameBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Instant CREATED = NOW.minusSeconds(300);
    /**
     * Changes applied before measuring: the steady cost of a change, once the JIT has compiled its path, as in a window
     * that has been showing a busy cluster for a while (the first few changes run interpreted, several times slower).
     */
    private static final int WARMUP_CHANGES = 50;
    /** Node columns surely in the first screen of a 1600x1000 window (two rows of six). */
    private static final int IN_VIEW = 12;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private ClusterDiagram diagram;
    private DiagramModel current;
    private int loadedPods = -1;
    private int loadedNodes = -1;
    private int changes;
    private boolean forcedCss = true;

    /** The diagram hosted as the main window hosts it, in a 1600x1000 scene. */
    public FrameBenchmark() {
        this(1600, 1000);
    }

    public FrameBenchmark(double width, double height) {
        root.getStyleClass().add("main-view");
        root.getStylesheets().add(PaneStyles.STYLESHEET);
        root.getStylesheets().add(Objects.requireNonNull(MainView.class.getResource("app.css")).toExternalForm());
        root.setStyle("-fx-font-size: 13px;");
        scene = new Scene(root, width, height);
    }

    public Parent root() {
        return root;
    }

    /** Shows a fresh diagram of this size (CSS and layout done); one-change runs reuse it. */
    public void load(int pods, int nodes) {
        current = model(pods, nodes);
        diagram = freshDiagram(current);
        loadedPods = pods;
        loadedNodes = nodes;
    }

    /** Median ms to apply a model differing in one pod's status, then CSS + layout ({@link #WARMUP_CHANGES} first). */
    public double oneChangeMillis(int pods, int nodes, int repeats) {
        if (pods != loadedPods || nodes != loadedNodes) {
            load(pods, nodes);
        }
        for (int i = 0; i < WARMUP_CHANGES; i++) {
            applyOneChange();
        }
        double[] times = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            times[i] = applyOneChange();
        }
        return median(times);
    }

    /** Median ms to build a fresh diagram from the full model, then CSS + layout. */
    public double fullRebuildMillis(int pods, int nodes, int repeats) {
        DiagramModel model = model(pods, nodes);
        double[] times = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            ClusterDiagram built = freshDiagram(model);
            times[i] = (System.nanoTime() - start) / 1e6;
            diagram = built;
        }
        current = model;
        loadedPods = pods;
        loadedNodes = nodes;
        return median(times);
    }

    private ClusterDiagram freshDiagram(DiagramModel model) {
        ClusterDiagram fresh = new ClusterDiagram(s -> { }, s -> null);
        fresh.update(model, NOW);
        root.setCenter(new DiagramPane(fresh).node());
        root.applyCss();
        root.layout();
        return fresh;
    }

    /**
     * Like {@link #oneChangeMillis} but styling only the changed node's column, as a pulse does (its CSS pass visits
     * dirty branches only), where {@code root.applyCss()} forces a CSS update over the whole scene graph.
     */
    public double oneChangePulseMillis(int pods, int nodes, int repeats) {
        forcedCss = false;
        try {
            return oneChangeMillis(pods, nodes, repeats);
        } finally {
            forcedCss = true;
        }
    }

    /** One pod (a different one each time) flips between Running and Terminating; returns the ms it took. */
    private double applyOneChange() {
        DiagramModel next = withOneChange(current, changes++);
        String changedNode = changedNode(current, next);
        long start = System.nanoTime();
        diagram.update(next, NOW);
        if (forcedCss) {
            root.applyCss();
        } else {
            diagram.nodeColumn(changedNode).applyCss();
        }
        root.layout();
        double ms = (System.nanoTime() - start) / 1e6;
        current = next;
        return ms;
    }

    private static String changedNode(DiagramModel before, DiagramModel after) {
        for (int i = 0; i < after.nodes().size(); i++) {
            if (after.nodes().get(i) != before.nodes().get(i)) {
                return after.nodes().get(i).name();
            }
        }
        return after.nodes().get(0).name();
    }

    /** A cluster of this size: kubia-0..N-1 round-robin over node-0..M-1, a few Pending / Terminating. */
    public static DiagramModel model(int pods, int nodes) {
        List<List<PodView>> byNode = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            byNode.add(new ArrayList<>());
        }
        List<ClaimView> claims = new ArrayList<>();
        for (int i = 0; i < pods; i++) {
            String node = "node-" + (i % nodes);
            String status = i % 211 == 7 ? "ContainerCreating" : i % 307 == 11 ? "Terminating" : "Running";
            byNode.get(i % nodes).add(pod(i, node, status));
            claims.add(new ClaimView("default", "data-kubia-" + i, "Bound", String.format("pvc-%08x-4e1f-9a3c-%012x", i, i * 7919L),
                    "1Mi", "kubia-" + i));
        }
        List<NodeView> nodeViews = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            nodeViews.add(new NodeView("node-" + n, "Ready", true, false, List.of(), "<none>", List.copyOf(byNode.get(n))));
        }
        return new DiagramModel(List.copyOf(nodeViews), List.of(), List.copyOf(claims));
    }

    private static PodView pod(int ordinal, String node, String status) {
        boolean running = "Running".equals(status);
        return new PodView("default", "kubia-" + ordinal, ordinal, node, running ? "1/1" : "0/1", status, 0, null,
                CREATED, running, "Terminating".equals(status), List.of("data-kubia-" + ordinal));
    }

    /**
     * The same model with one pod's status flipped (Running to Terminating or back), on one of the first nodes: a
     * column in view, the case that costs CSS and layout (an off-screen column is not in the scene graph at all).
     */
    public static DiagramModel withOneChange(DiagramModel model, int seed) {
        List<NodeView> nodes = new ArrayList<>(model.nodes());
        int n = Math.floorMod(seed * 7919, Math.min(IN_VIEW, nodes.size()));
        NodeView node = nodes.get(n);
        if (node.pods().isEmpty()) {
            return model;
        }
        List<PodView> pods = new ArrayList<>(node.pods());
        int p = Math.floorMod(seed * 31, pods.size());
        PodView old = pods.get(p);
        pods.set(p, pod(old.ordinal(), old.node(), "Running".equals(old.status()) ? "Terminating" : "Running"));
        nodes.set(n, new NodeView(node.name(), node.status(), node.ready(), node.cordoned(), node.taints(), node.roles(),
                List.copyOf(pods)));
        return new DiagramModel(nodes, model.unscheduled(), model.claims());
    }

    /** Nodes in the scene graph under (and including) this one. */
    public static int countNodes(Node node) {
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += countNodes(child);
            }
        }
        return count;
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
