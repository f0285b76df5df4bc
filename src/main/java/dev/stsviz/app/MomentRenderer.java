package dev.stsviz.app;

import dev.stsviz.cluster.history.Recording;
import dev.stsviz.cluster.history.RecordingSource;
import dev.stsviz.view.MainView;
import dev.stsviz.view.ViewPreferences;
import dev.stsviz.view.ViewSource;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The replay window drawn off screen over a recording (its time strip included): each {@link #render} moves it to a time, lets the view
 * publish that moment and its tiles finish fading in or out, and snapshots it at exactly the size asked. The scene is
 * never shown, so exporting from the window opens no second window. Called from one background thread.
 */
final class MomentRenderer implements AutoCloseable {
    /** The longest a tile's fade is waited for; a tile still fading then is drawn as it is. */
    private static final long SETTLE_MILLIS = 3_000;
    private final RecordingSource source;
    private final ExportOptions options;
    private MainView view;
    private Scene scene;

    private MomentRenderer(RecordingSource source, ExportOptions options) {
        this.source = source;
        this.options = options;
    }

    /** Builds the view over the history (the toolkit must be running). */
    static MomentRenderer open(Recording recording, ExportOptions options) throws Exception {
        MomentRenderer renderer = new MomentRenderer(new RecordingSource(recording, "export", () -> 0L), options);
        FxThread.call(() -> {
            renderer.build();
            return null;
        });
        return renderer;
    }

    private void build() {
        ViewPreferences prefs = ViewPreferences.transientDefaults();
        prefs.dark(options.dark());
        prefs.fontSize(options.fontSize());
        prefs.projector(options.projector());
        ViewSource shown = RecordingViewSource.of(source);
        view = new MainView(shown, prefs);
        scene = new Scene(view.root(), options.width(), options.height());
        view.start();
        if (options.select() != null) {
            view.select(options.select());
        }
    }

    /** The window as it was at {@code time}, {@code width × height} RGB pixels. */
    BufferedImage render(Instant time) throws Exception {
        source.showTime(time);
        awaitPulses(2); // the view's publisher reads the state once per pulse
        awaitSettled();
        WritableImage image = FxThread.call(() -> {
            layOut();
            return scene.snapshot(null);
        });
        return rgb(SwingFXUtils.fromFXImage(image, null));
    }

    /** The scene's root, for tests that look up what a frame drew; read it on the FX thread. */
    Parent root() {
        return scene.getRoot();
    }

    private static void awaitPulses(int pulses) throws InterruptedException, TimeoutException {
        CountDownLatch counted = new CountDownLatch(pulses);
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                counted.countDown();
                if (counted.getCount() == 0) {
                    stop();
                }
            }
        };
        javafx.application.Platform.runLater(counter::start);
        if (!counted.await(30, TimeUnit.SECONDS)) {
            throw new TimeoutException("the FX thread drew no frame for 30 s");
        }
    }

    /**
     * Waits (at most {@link #SETTLE_MILLIS}) until no pod tile or node column is fading: their opacities stay the same
     * across a pulse and none is invisible (a new tile starts at 0, a gone one fades to 0 before it is removed). A
     * terminating tile's own opacity (its style) is steady, so it does not hold the frame back.
     */
    private void awaitSettled() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
        Map<Node, Double> before = FxThread.call(this::opacities);
        while (System.nanoTime() < deadline) {
            awaitPulses(1);
            Map<Node, Double> after = FxThread.call(this::opacities);
            if (after.equals(before) && !after.containsValue(0.0)) {
                return;
            }
            before = after;
        }
    }

    /** A scene in no window is styled and laid out only when asked: new tiles exist (and start fading in) from here. */
    private void layOut() {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
    }

    private Map<Node, Double> opacities() {
        layOut();
        Map<Node, Double> opacities = new HashMap<>();
        for (String selector : new String[] {".pod-tile", ".node-column"}) {
            for (Node node : scene.getRoot().lookupAll(selector)) {
                opacities.put(node, node.getOpacity());
            }
        }
        return opacities;
    }

    /** Opaque RGB at exactly the size asked (the snapshot already is, unless the platform scales its output). */
    private BufferedImage rgb(BufferedImage snapshot) {
        BufferedImage frame = new BufferedImage(options.width(), options.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(snapshot, 0, 0, options.width(), options.height(), null);
        } finally {
            g.dispose();
        }
        return frame;
    }

    @Override
    public void close() throws Exception {
        FxThread.call(() -> {
            view.stop();
            return null;
        });
    }
}
