package dev.stsviz.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where an export's frames go, one after the other: an animated GIF, or a directory of numbered PNGs. */
interface FrameSink extends AutoCloseable {
    void add(BufferedImage frame) throws IOException;

    @Override
    void close() throws IOException;

    /** A directory when {@code out} ends with a slash or already is one, else a {@code .gif} file. */
    static boolean isDirectory(String out) {
        return out.endsWith("/") || out.endsWith(java.io.File.separator) || Files.isDirectory(Path.of(out));
    }

    /**
     * The sink for {@code out}, checked before anything is rendered: a directory is created if missing, a GIF's
     * directory must exist. Problems are one line naming --out.
     */
    static FrameSink open(String out, int frameMillis) throws ExportException {
        Path path = Path.of(out);
        if (isDirectory(out)) {
            try {
                Files.createDirectories(path);
            } catch (IOException | RuntimeException e) {
                throw new ExportException("--out " + out + ": cannot create that directory");
            }
            if (!Files.isWritable(path)) {
                throw new ExportException("--out " + out + ": that directory is not writable");
            }
            return new PngFrames(path);
        }
        if (!out.toLowerCase(java.util.Locale.ROOT).endsWith(".gif")) {
            throw new ExportException("--out " + out + ": give a .gif file, or a directory (ending in /) for PNG frames");
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new ExportException("--out " + out + ": cannot write there (" + parent + " is not a writable directory)");
        }
        try {
            return new GifFrames(path, frameMillis);
        } catch (IOException e) {
            throw new ExportException("--out " + out + ": cannot write there (" + e.getMessage() + ")");
        }
    }
}
