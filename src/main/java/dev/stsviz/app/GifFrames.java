package dev.stsviz.app;

import org.w3c.dom.Node;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with the JDK's own GIF writer (nothing is kept in memory but the frame being
 * written). Frames come as RGB; the writer quantises each to its own 256-colour palette (ImageIO's octree
 * {@code PaletteBuilder}, a local colour table per frame), which keeps the window's flat colours and text exact enough.
 * Each frame carries its delay in centiseconds (rounded: 10 fps is 10 cs), and the first the NETSCAPE2.0 extension
 * that makes viewers loop forever.
 */
final class GifFrames implements FrameSink {
    private final ImageWriter writer;
    private final java.io.OutputStream file;
    private final ImageOutputStream stream;
    private final int delayCentis;
    private boolean first = true;

    GifFrames(Path file, int frameMillis) throws IOException {
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.file = new java.io.BufferedOutputStream(Files.newOutputStream(file)); // truncates an older export
        this.stream = new javax.imageio.stream.MemoryCacheImageOutputStream(this.file);
        this.delayCentis = Math.max(1, Math.round(frameMillis / 10f));
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentis));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0: forever
            child(root, "ApplicationExtensions").appendChild(loop);
            first = false;
        }
        metadata.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(frame, null, metadata), param);
    }

    /** The child named {@code name}, added when missing. */
    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return (IIOMetadataNode) n;
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
        } finally {
            writer.dispose();
            try {
                stream.close(); // flushes into the file, which it leaves open
            } finally {
                file.close();
            }
        }
    }
}
