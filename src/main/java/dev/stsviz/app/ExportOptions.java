package dev.stsviz.app;

/**
 * How an export looks and how fast it plays.
 *
 * @param width    the frames' width in pixels, exactly
 * @param height   the frames' height in pixels, exactly
 * @param fps      frames per second of the GIF (1 to 30)
 * @param speed    recorded seconds per played second (20: twenty times faster than it happened)
 * @param dark     the dark theme
 * @param projector projector mode (150 %, the diagram fitted)
 * @param fontSize the presentation scale's font size (13 is the window's default)
 * @param select   "pod/kubia-0", "node/NAME" or "pvc/NAME" to show its details in every frame; null for none
 */
public record ExportOptions(int width, int height, int fps, double speed, boolean dark, boolean projector, double fontSize,
                            String select) {
    static final int MIN_SIZE = 160;
    static final int MAX_SIZE = 4096;

    /** 1280×720 at 10 fps, ten times faster than it happened, the light theme. */
    public static ExportOptions defaults() {
        return new ExportOptions(1280, 720, 10, 10, false, false, 13, null);
    }

    public ExportOptions withRate(double newSpeed, int newFps) {
        return new ExportOptions(width, height, newFps, newSpeed, dark, projector, fontSize, select);
    }

    /** The size, the rate and the selection, checked: each problem is one line naming its option. */
    void check() throws ExportException {
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new ExportException("--width " + width + " --height " + height + ": give " + MIN_SIZE + " to " + MAX_SIZE
                    + " pixels each");
        }
        if (!(fontSize >= 8 && fontSize <= 40)) {
            throw new ExportException("--font-size " + fontSize + ": give 8 to 40");
        }
        if (select != null && !select.matches("(pod|po|node|no|pvc)/[^/]+")) {
            throw new ExportException("--select " + select + ": give pod/NAME, node/NAME or pvc/NAME");
        }
        ExportRange.checkRate(speed, fps);
    }
}
