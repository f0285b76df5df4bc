package dev.stsviz.app;

import dev.stsviz.cluster.history.History;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.w3c.dom.NamedNodeMap;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** An export writes exactly the frames it says, at the size asked, and each frame shows its own moment. */
class GifExportTest {
    private static History history;

    @BeforeAll
    static void toolkitAndHistory() throws Exception {
        FxToolkit.registerPrimaryStage();
        history = RecordedChapter.record();
    }

    private static ExportOptions options(int width, int height, double speed, int fps) {
        return new ExportOptions(width, height, fps, speed, false, false, 13, null);
    }

    @Test
    void aGifHasTheFramesItSaysAtTheSizeAskedLoopingWithTheFramesDelay(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("demo.gif");
        // 0s..40s at ×20 and 2 fps: a frame every 10 recorded seconds, 0, 10, 20, 30, 40
        GifExport.Result result = GifExport.export(history, Duration.ZERO, Duration.ofSeconds(40), options(480, 270, 20, 2), gif);

        assertThat(result.frames()).isEqualTo(5);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
            IIOMetadataNode screen = tree(reader.getStreamMetadata(), "javax_imageio_gif_stream_1.0");
            NamedNodeMap size = screen.getElementsByTagName("LogicalScreenDescriptor").item(0).getAttributes();
            assertThat(size.getNamedItem("logicalScreenWidth").getNodeValue()).isEqualTo("480");
            assertThat(size.getNamedItem("logicalScreenHeight").getNodeValue()).isEqualTo("270");
            for (int i = 0; i < 5; i++) {
                BufferedImage frame = reader.read(i);
                assertThat(frame.getWidth()).isEqualTo(480);
                assertThat(frame.getHeight()).isEqualTo(270);
                IIOMetadataNode meta = tree(reader.getImageMetadata(i), "javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) meta.getElementsByTagName("GraphicControlExtension").item(0);
                assertThat(control.getAttribute("delayTime")).as("100 / 2 fps centiseconds").isEqualTo("50");
            }
            IIOMetadataNode first = tree(reader.getImageMetadata(0), "javax_imageio_gif_image_1.0");
            IIOMetadataNode loop = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertThat(loop.getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat(loop.getAttribute("authenticationCode")).isEqualTo("2.0");
            assertThat((byte[]) loop.getUserObject()).as("loop forever").containsExactly(1, 0, 0);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void aDirectoryGetsNumberedPngFramesAtTheSizeAsked(@TempDir Path dir) throws Exception {
        Path frames = Files.createDirectory(dir.resolve("frames"));
        // 40s..60s at ×10 and 1 fps: 40, 50, 60
        GifExport.Result result = GifExport.export(history, Duration.ofSeconds(40), Duration.ofSeconds(60), options(320, 200, 10, 1), frames);

        assertThat(result.frames()).isEqualTo(3);
        try (Stream<Path> files = Files.list(frames)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("frame-0001.png", "frame-0002.png", "frame-0003.png");
        }
        for (int i = 1; i <= 3; i++) {
            BufferedImage png = ImageIO.read(frames.resolve(PngFrames.name(i)).toFile());
            assertThat(png.getWidth()).isEqualTo(320);
            assertThat(png.getHeight()).isEqualTo(200);
        }
    }

    @Test
    void framesAtTwoMomentsDifferWhereAPodWasThenAndIsGoneAndNowhereElseInTheDiagram() throws Exception {
        try (MomentRenderer renderer = MomentRenderer.open(new dev.stsviz.cluster.history.Recording(new dev.stsviz.cluster.history.RecordingHeader(
                dev.stsviz.cluster.history.RecordingHeader.CURRENT_VERSION, "simulator", "minikube", "", "modern", history.startTime()), history, null),
                options(1280, 720, 10, 10))) {
            BufferedImage both = renderer.render(history.startTime().plus(RecordedChapter.BOTH_UP));
            Bounds tile = FxThread.call(() -> tile(renderer, ".pod-tile", ".pod-name", "kubia-1").map(GifExportTest::inScene).orElse(null));
            Bounds emptyNode = FxThread.call(() -> tile(renderer, ".node-column", ".node-title", "minikube").map(GifExportTest::inScene).orElse(null));
            assertThat(tile).as("kubia-1 drawn at 40 s").isNotNull();
            assertThat(emptyNode).as("node minikube, with no pod at either moment").isNotNull();

            BufferedImage one = renderer.render(history.startTime().plus(RecordedChapter.LENGTH));
            assertThat(FxThread.call(() -> tile(renderer, ".pod-tile", ".pod-name", "kubia-1").isPresent())).as("kubia-1 gone at 100 s").isFalse();
            assertThat(FxThread.call(() -> tile(renderer, ".pod-tile", ".pod-name", "kubia-0").isPresent())).isTrue();

            // a tile is white like the empty column under it: its border, badge and words are what disappear
            assertThat(differing(both, one, tile)).as("pixels of kubia-1's tile that changed once it was gone, of %d", area(tile))
                    .isGreaterThan(area(tile) / 10);
            assertThat(differing(both, one, emptyNode)).as("node minikube looks the same").isZero();
        }
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static int area(Bounds b) {
        return (int) (b.getWidth() * b.getHeight());
    }

    private static int differing(BufferedImage a, BufferedImage b, Bounds where) {
        int count = 0;
        for (int y = (int) Math.ceil(where.getMinY()); y < (int) Math.floor(where.getMaxY()); y++) {
            for (int x = (int) Math.ceil(where.getMinX()); x < (int) Math.floor(where.getMaxX()); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The tile or column of {@code styleClass} whose {@code nameClass} label reads {@code name}. */
    private static java.util.Optional<Node> tile(MomentRenderer renderer, String styleClass, String nameClass, String name) {
        return renderer.root().lookupAll(styleClass).stream()
                .filter(t -> t.lookupAll(nameClass).stream().anyMatch(n -> n instanceof Label l && name.equals(l.getText())))
                .findFirst();
    }

    private static IIOMetadataNode tree(IIOMetadata metadata, String format) {
        return (IIOMetadataNode) metadata.getAsTree(format);
    }
}
