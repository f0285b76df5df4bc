package dev.stsviz.bench;

/**
 * The hook for the JavaFX figures (the diagram's owner implements it; the bench never touches view classes).
 * Implementations start JavaFX themselves (headless: {@code Headless.useMonocle(w, h)} then
 * {@code Platform.startup}) and are called from the bench's thread, never the FX thread; each method returns
 * one measurement in milliseconds: the bench does the warm-up and takes the median.
 * Register with {@link FrameBenches#register} or as a {@link java.util.ServiceLoader} service
 * ({@code META-INF/services/dev.stsviz.bench.FrameBench}).
 */
public interface FrameBench {
    /** From start to the first frame of the window showing the default simulated cluster. */
    double firstFrameMillis();

    /** The diagram's update for one pod's status change at {@code pods} pods on {@code nodes} nodes. */
    double oneChangeMillis(int pods, int nodes);

    /** A full rebuild of the diagram at {@code pods} pods on {@code nodes} nodes. */
    double fullRebuildMillis(int pods, int nodes);

    /**
     * Pulses of the main window as the app builds it over a live cluster, at {@code pods} pods on {@code nodes} nodes
     * with a pod selected and the events pane open, each carrying one pod's change and its event (the kinds of change:
     * {@link PulseTimes}): {@code warmups} unmeasured, then the medians of {@code changes}. Unlike the others this runs
     * the changes itself: the window is built once, which takes seconds at 20,000 pods. Null when not measured.
     */
    default PulseTimes pulse(int pods, int nodes, int warmups, int changes) {
        return null;
    }

    /**
     * Past moments shown in the window over a history of at least {@code changes} changes at {@code pods} pods
     * ({@code pods} 0: the chapter's cluster on the simulator, an hour of it). Null when not measured.
     */
    default ScrubTimes scrub(int pods, int nodes, int changes, int jumps) {
        return null;
    }
}
