package dev.stsviz.view;

import dev.stsviz.view.model.NodeView;
import dev.stsviz.view.model.PodView;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The frame benchmark runs at a small size; one change creates no scene-graph node. No timed assertions. */
@ExtendWith(ApplicationExtension.class)
class FrameBenchmarkTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 100, 100));
    }

    @Test
    void oneChangeAndFullRebuildAreMeasuredAndOneChangeAddsNoNode(FxRobot robot) {
        AtomicReference<double[]> result = new AtomicReference<>();
        robot.interact(() -> {
            FrameBenchmark bench = new FrameBenchmark();
            double full = bench.fullRebuildMillis(2_000, 100, 3);
            bench.load(2_000, 100);
            int before = FrameBenchmark.countNodes(bench.root());
            double one = bench.oneChangeMillis(2_000, 100, 9);
            int after = FrameBenchmark.countNodes(bench.root());
            result.set(new double[] {one, full, before, after});
        });
        double[] r = result.get();
        assertThat(r[0]).isPositive();
        assertThat(r[1]).isPositive();
        assertThat(r[3]).as("nodes after one-pod changes").isEqualTo(r[2]);
    }

    /**
     * What the large diagram looks like, read back from its snapshot: the picture is the requested size and, in every
     * compact column fully in view, the dots show that node's pods (green for Running, an orange ring for Pending, a
     * blue cross for Terminating) as the model has them. Also written to TMPDIR/large.png for a person to look at.
     * {@code -Dstsviz.large.pods} and {@code -Dstsviz.large.nodes} change the size; the checks expect a large cluster.
     */
    @Test
    void largeClusterScreenshot(FxRobot robot) throws Exception {
        int pods = Integer.getInteger("stsviz.large.pods", 20_000);
        int nodes = Integer.getInteger("stsviz.large.nodes", 1_000);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        List<DotsInView> dots = new ArrayList<>();
        robot.interact(() -> {
            FrameBenchmark bench = new FrameBenchmark(1600, 1000);
            bench.load(pods, nodes);
            image.set(bench.root().snapshot(null, null));
            ScrollPane scroll = (ScrollPane) bench.root().lookup(".diagram-scroll");
            Bounds viewport = scroll.localToScene(scroll.getViewportBounds());
            for (Node node : bench.root().lookupAll(".node-column")) {
                NodeColumn column = (NodeColumn) node;
                Node canvas = column.lookup(".compact-dots");
                Bounds b = canvas == null ? null : canvas.localToScene(canvas.getBoundsInLocal());
                if (b != null && column.isVisible() && viewport.contains(b)) {
                    dots.add(new DotsInView(column.view().name(), (int) Math.floor(b.getMinX()), (int) Math.floor(b.getMinY()),
                            (int) Math.ceil(b.getMaxX()), (int) Math.ceil(b.getMaxY())));
                }
            }
        });
        BufferedImage png = SwingFXUtils.fromFXImage(image.get(), null);
        ImageIO.write(png, "png", new File(System.getProperty("java.io.tmpdir"), "large.png"));

        assertThat(png.getWidth()).isEqualTo(1600);
        assertThat(png.getHeight()).isEqualTo(1000);
        assertThat(distinctColours(png)).as("colours in the picture").isGreaterThan(20);
        // a 1600x1000 view of a thousand columns holds several rows of them
        assertThat(dots).as("compact columns in view").hasSizeGreaterThanOrEqualTo(30);

        Map<String, List<String>> statusesByNode = new HashMap<>();
        for (NodeView node : FrameBenchmark.model(pods, nodes).nodes()) {
            statusesByNode.put(node.name(), node.pods().stream().map(PodView::statusClass).toList());
        }
        boolean sawPending = false;
        boolean sawTerminating = false;
        for (DotsInView d : dots) {
            List<String> statuses = statusesByNode.get(d.node());
            long running = statuses.stream().filter("running"::equals).count();
            boolean pending = statuses.contains("pending");
            boolean terminating = statuses.contains("terminating");
            sawPending |= pending;
            sawTerminating |= terminating;
            int[] hues = hues(png, d);
            // a filled dot is about 7 px across (32 green pixels with the software renderer): one per Running pod,
            // not a smear
            assertThat(hues[GREEN]).as("green pixels in the dots of %s (%d Running)", d.node(), running)
                    .isBetween((int) running * 25, (int) running * 40);
            assertThat(hues[ORANGE] > 0).as("an orange ring in the dots of %s", d.node()).isEqualTo(pending);
            assertThat(hues[BLUE] > 0).as("a blue cross in the dots of %s", d.node()).isEqualTo(terminating);
        }
        // the model puts a Pending and a Terminating pod on some of the first nodes: both kinds were looked for
        assertThat(sawPending).isTrue();
        assertThat(sawTerminating).isTrue();
    }

    private record DotsInView(String node, int x0, int y0, int x1, int y1) {
    }

    private static final int GREEN = 0;
    private static final int ORANGE = 1;
    private static final int BLUE = 2;

    /**
     * Pixels by the status hue they carry (Running #009E73, Pending #E69F00, Terminating #0072B2), by which channel
     * dominates rather than exact values, so the anti-aliased edges of dots (blended with the white panel) count too.
     */
    private static int[] hues(BufferedImage png, DotsInView d) {
        int[] counts = new int[3];
        for (int y = d.y0(); y < d.y1(); y++) {
            for (int x = d.x0(); x < d.x1(); x++) {
                int rgb = png.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (g - r > 40 && g - b > 15) {
                    counts[GREEN]++;
                } else if (r - b > 80 && g - b > 40 && r > g) {
                    counts[ORANGE]++;
                } else if (b - r > 60 && b - g > 25) {
                    counts[BLUE]++;
                }
            }
        }
        return counts;
    }

    private static int distinctColours(BufferedImage png) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                colours.add(png.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
