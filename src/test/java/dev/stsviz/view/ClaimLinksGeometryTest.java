package dev.stsviz.view;

import dev.stsviz.sim.SimulatedClusterSource;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims row as drawn: each claim under its pod's node column in ordinal order, and no link running through any
 * text of the diagram (pod and claim tiles, node headers, the storage title) or crossing another link.
 */
@ExtendWith(ApplicationExtension.class)
class ClaimLinksGeometryTest {
    private ChapterWindow window;
    private SimulatedClusterSource source;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = ChapterWindow.open(stage, s -> {
            s.advance(Duration.ofSeconds(40));
            s.actions().scale("default", "kubia", 6); // more pods than nodes: some node runs two or more
            s.advance(Duration.ofMinutes(5));
        }, root -> root, 1600, 1000);
        source = window.source;
        view = window.view;
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void claimsSitUnderTheirPodsColumnsInOrdinalOrderAndLinksCrossNoText(FxRobot robot) {
        robot.interact(view::publish);
        WaitForAsyncUtils.waitForFxEvents();
        ClusterDiagram diagram = view.diagram();
        List<Polyline> links = robot.lookup(".binding-link").queryAllAs(Polyline.class).stream().toList();
        assertThat(links).hasSize(6);

        // columns: every claim tile under the column of its pod's node, claims of one column left to right by ordinal
        Map<Double, List<ClaimTile>> byColumn = new TreeMap<>();
        boolean someColumnHoldsTwo = false;
        for (Node n : robot.lookup(".node-column").queryAll()) {
            NodeColumn column = (NodeColumn) n;
            Bounds columnBounds = diagram.boundsInDiagram(column);
            List<ClaimTile> claims = new ArrayList<>();
            for (Node c : robot.lookup(".claim-tile").queryAll()) {
                ClaimTile claim = (ClaimTile) c;
                if (column.tiles().containsKey(claim.view().mountedBy())) {
                    claims.add(claim);
                    Bounds at = diagram.boundsInDiagram(claim);
                    assertThat(at.getMinX()).as(claim.view().name() + " not left of its column").isGreaterThanOrEqualTo(columnBounds.getMinX());
                    assertThat(at.getMinY()).as(claim.view().name() + " below the columns").isGreaterThan(columnBounds.getMaxY());
                }
            }
            claims.sort(Comparator.comparingDouble(c -> diagram.boundsInDiagram(c).getMinX()));
            List<Integer> ordinals = claims.stream().map(c -> ClaimPlacement.ordinal(c.view().name())).toList();
            assertThat(ordinals).as("claims of " + column.view().name()).isSorted();
            someColumnHoldsTwo |= claims.size() > 1;
            byColumn.put(columnBounds.getMinX(), claims);
        }
        assertThat(someColumnHoldsTwo).as("the case that used to cross: two pods on one node").isTrue();
        // and the columns' groups follow the columns, left to right
        double right = Double.NEGATIVE_INFINITY;
        for (List<ClaimTile> claims : byColumn.values()) {
            for (ClaimTile claim : claims) {
                assertThat(diagram.boundsInDiagram(claim).getMinX()).isGreaterThan(right);
            }
            if (!claims.isEmpty()) {
                right = diagram.boundsInDiagram(claims.get(claims.size() - 1)).getMaxX();
            }
        }

        // text: every label drawn in the diagram, in diagram coordinates
        List<Bounds> texts = new ArrayList<>();
        for (Node n : diagram.lookupAll(".label")) {
            Label label = (Label) n;
            if (label.isVisible() && label.getText() != null && !label.getText().isBlank() && label.getScene() != null) {
                texts.add(shrink(diagram.boundsInDiagram(label)));
            }
        }
        assertThat(texts).hasSizeGreaterThan(30);
        List<double[]> segments = new ArrayList<>();
        for (Polyline link : links) {
            List<Double> p = link.getPoints();
            for (int i = 0; i + 3 < p.size(); i += 2) {
                segments.add(new double[] {p.get(i), p.get(i + 1), p.get(i + 2), p.get(i + 3)});
            }
        }
        for (double[] s : segments) {
            assertThat(s[0] == s[2] || s[1] == s[3]).as("links run horizontally or vertically").isTrue();
            Bounds segment = new BoundingBox(Math.min(s[0], s[2]), Math.min(s[1], s[3]), Math.abs(s[2] - s[0]), Math.abs(s[3] - s[1]));
            for (Bounds text : texts) {
                assertThat(segment.intersects(text)).as("segment " + segment + " crosses text at " + text).isFalse();
            }
        }
        // links never cross one another (touching at a shared corner is not a crossing)
        for (int a = 0; a < segments.size(); a++) {
            for (int b = a + 1; b < segments.size(); b++) {
                assertThat(crosses(segments.get(a), segments.get(b))).as("segments cross").isFalse();
            }
        }
    }

    /** Text bounds less a pixel each side: a line along a label's edge does not run through its text. */
    private static Bounds shrink(Bounds b) {
        return new BoundingBox(b.getMinX() + 1, b.getMinY() + 1, Math.max(0, b.getWidth() - 2), Math.max(0, b.getHeight() - 2));
    }

    /** A horizontal and a vertical segment crossing strictly inside both. */
    private static boolean crosses(double[] s, double[] t) {
        double[] h = s[1] == s[3] ? s : t;
        double[] v = s[1] == s[3] ? t : s;
        if (h == v || v[0] != v[2] || h[1] != h[3]) {
            return false; // parallel
        }
        double x = v[0];
        double y = h[1];
        return x > Math.min(h[0], h[2]) && x < Math.max(h[0], h[2]) && y > Math.min(v[1], v[3]) && y < Math.max(v[1], v[3]);
    }
}
