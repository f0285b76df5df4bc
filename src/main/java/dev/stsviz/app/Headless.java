package dev.stsviz.app;

/** Switches JavaFX to Monocle's headless platform with software rendering, before the toolkit starts. */
final class Headless {
    static void useMonocle(int width, int height) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", width + "x" + height + "-32");
    }

    private Headless() {
    }
}
