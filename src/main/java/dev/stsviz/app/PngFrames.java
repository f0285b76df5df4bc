package dev.stsviz.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Frames as frame-0001.png, frame-0002.png... in a directory (for slides that step through them). */
final class PngFrames implements FrameSink {
    private final Path directory;
    private int written;

    PngFrames(Path directory) {
        this.directory = directory;
    }

    static String name(int frame) {
        return String.format("frame-%04d.png", frame);
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        Path file = directory.resolve(name(++written));
        if (!ImageIO.write(frame, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    @Override
    public void close() {
    }
}
