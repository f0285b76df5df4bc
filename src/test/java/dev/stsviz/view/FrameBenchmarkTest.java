package dev.stsviz.view;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.io.File;
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

    /** Not an assertion on looks: writes the large diagram to TMPDIR/large.png for a person to look at. */
    @Test
    void largeClusterScreenshot(FxRobot robot) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            FrameBenchmark bench = new FrameBenchmark(1600, 1000);
            bench.load(Integer.getInteger("stsviz.large.pods", 20_000), Integer.getInteger("stsviz.large.nodes", 1_000));
            image.set(bench.root().snapshot(null, null));
        });
        File out = new File(System.getProperty("java.io.tmpdir"), "large.png");
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", out);
        assertThat(out).exists();
    }
}
