import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The app icon in the formats jpackage looks for in its resource directory: NAME.png (Linux), NAME.ico (Windows) and
 * NAME.icns (macOS). ICO (since Windows Vista) and icns both hold PNG images as they are, so no image library beyond
 * the JDK's is needed. The images are redrawn as 8-bit RGBA, the PNG flavour every icon reader takes. Run as a
 * source file by the package profile:
 * {@code java src/packaging/Icons.java assets/icon-256.png target/jpackage/resources/stsviz}
 */
public class Icons {
    public static void main(String[] args) throws IOException {
        BufferedImage source = ImageIO.read(Path.of(args[0]).toFile());
        if (source == null || source.getWidth() != 256 || source.getHeight() != 256) {
            throw new IllegalArgumentException(args[0] + " is not a 256x256 image");
        }
        Path base = Path.of(args[1]);
        Files.createDirectories(base.toAbsolutePath().getParent());
        Files.write(Path.of(base + ".png"), png(source, 256));

        // ICO: a directory of images, largest first; Windows picks the size it draws
        List<byte[]> images = new ArrayList<>();
        int[] sizes = {256, 48, 32, 16};
        for (int size : sizes) {
            images.add(png(source, size));
        }
        int offset = 6 + 16 * sizes.length;
        ByteBuffer ico = ByteBuffer.allocate(offset + images.stream().mapToInt(i -> i.length).sum()).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length); // reserved, type 1 (icon), count
        for (int i = 0; i < sizes.length; i++) {
            ico.put((byte) (sizes[i] & 0xFF)).put((byte) (sizes[i] & 0xFF)); // width and height; 0 means 256
            ico.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32); // no palette, 1 plane, 32 bits
            ico.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(ico::put);
        Files.write(Path.of(base + ".ico"), ico.array());

        // icns: big-endian; ic08 is 256x256, ic07 128x128
        byte[] ic08 = images.get(0);
        byte[] ic07 = png(source, 128);
        ByteBuffer icns = ByteBuffer.allocate(8 + 8 + ic08.length + 8 + ic07.length);
        icns.put("icns".getBytes()).putInt(icns.capacity());
        icns.put("ic08".getBytes()).putInt(8 + ic08.length).put(ic08);
        icns.put("ic07".getBytes()).putInt(8 + ic07.length).put(ic07);
        Files.write(Path.of(base + ".icns"), icns.array());
    }

    private static byte[] png(BufferedImage source, int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, size, size, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
