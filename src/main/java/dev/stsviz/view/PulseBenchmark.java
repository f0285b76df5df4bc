package dev.stsviz.view;

import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Pulse cost of the whole window: the {@link MainView} the app builds, in a shown stage, its own publisher running.
 * Every pulse that publishes is timed from the start of the publisher to the end of each of its parts, to the end
 * of the pulse's CSS pass (the scene's pre-layout listener) and of its layout pass (the post-layout listener);
 * rendering, which Prism does on its own thread after the pulse, is not included. FX thread only; samples go to a callback, so the bench's thread (not
 * the view) is the one that waits.
 */
public final class PulseBenchmark {
    /** The parts after the publisher's: the scene's CSS pass, then its layout pass, in the same pulse. */
    public static final String CSS = "css";
    public static final String LAYOUT = "layout";

    /**
     * One publishing pulse.
     *
     * @param revision the state's revision when the pulse ended (what it showed, when the state is written between pulses)
     * @param parts    ms each part took, in the pulse's order, {@link #CSS} and {@link #LAYOUT} last
     * @param millis   ms from the publisher's start to the end of layout
     */
    public record Sample(long revision, Map<String, Double> parts, double millis) {
    }

    private final ViewSource source;
    private final MainView view;
    private final Stage stage = new Stage();
    private final Consumer<Sample> samples;
    private long start;
    private long last;
    /** Null until a part of this pulse's publishing ends: a pulse with nothing to show is no sample. */
    private Map<String, Double> parts;

    public PulseBenchmark(ViewSource source, double width, double height, Consumer<Sample> samples) {
        this.source = source;
        this.samples = samples;
        this.view = new MainView(source, ViewPreferences.transientDefaults());
        Scene scene = new Scene(view.root(), width, height);
        scene.addPreLayoutPulseListener(this::cssDone);
        scene.addPostLayoutPulseListener(this::pulseEnded);
        stage.setScene(scene);
        view.profile(new PulseLaps() {
            @Override
            public void start() {
                start = System.nanoTime();
                last = start;
                parts = null;
            }

            @Override
            public void lap(String part) {
                long t = System.nanoTime();
                if (parts == null) {
                    parts = new LinkedHashMap<>();
                }
                parts.put(part, (t - last) / 1e6);
                last = t;
            }
        });
    }

    /** Shows the window and starts its publisher, as the app does. */
    public void show() {
        stage.show();
        view.start();
    }

    /** Selects "pod/NAME", "node/NAME" or "pvc/NAME", as a click would. */
    public void select(String kindSlashName) {
        view.select(kindSlashName);
    }

    public void close() {
        view.stop();
        stage.close();
    }

    public MainView view() {
        return view;
    }

    private void cssDone() {
        if (parts != null) {
            long t = System.nanoTime();
            parts.put(CSS, (t - last) / 1e6);
            last = t;
        }
    }

    private void pulseEnded() {
        if (parts == null) {
            return;
        }
        long t = System.nanoTime();
        parts.put(LAYOUT, (t - last) / 1e6);
        Sample sample = new Sample(source.source().state().revision(), parts, (t - start) / 1e6);
        parts = null;
        samples.accept(sample);
    }
}
