package dev.stsviz.bench;

import java.util.List;
import java.util.Optional;

/**
 * {@code first_frame_ms}, {@code frame_ms_one_change}, {@code frame_ms_full_rebuild},
 * {@code frame_ratio} (full rebuild / one change) and {@code pulse_ms_20k} (the whole window's pulse for one change)
 * through the registered {@link FrameBench}; {@code n/a} without one.
 */
public final class FrameFigures {
    public static final String FIRST_FRAME_TARGET = "< 2000 (a window on screen within 2 s)";
    public static final String ONE_CHANGE_TARGET = "< 16 (one 60 Hz pulse)";
    public static final String FULL_REBUILD_TARGET = "none (reference for the ratio)";
    public static final String RATIO_TARGET = ">= 100 (one change costs a hundredth of a rebuild)";
    public static final String PULSE_TARGET = "< 16 (one 60 Hz pulse)";
    /** Pulses before measuring (5 s at 60 Hz): the JIT compiles the pulse's path (model, panes, CSS, layout) meanwhile. */
    static final int PULSE_WARMUPS = 300;
    /** Measured pulses per run. */
    static final int PULSE_CHANGES_PER_RUN = 15;

    private final BenchConfig config;
    private final Optional<FrameBench> bench;

    public FrameFigures(BenchConfig config, Optional<FrameBench> bench) {
        this.config = config;
        this.bench = bench;
    }

    public List<Figure> run() {
        if (bench.isEmpty()) {
            String why = "no FrameBench registered (JavaFX figures: see dev.stsviz.bench.FrameBench)";
            return List.of(Figure.missing("first_frame_ms", "ms", FIRST_FRAME_TARGET, why),
                    Figure.missing("frame_ms_one_change", "ms", ONE_CHANGE_TARGET, why),
                    Figure.missing("frame_ms_full_rebuild", "ms", FULL_REBUILD_TARGET, why),
                    Figure.missing("frame_ratio", "x", RATIO_TARGET, why),
                    Figure.missing("pulse_ms_20k", "ms", PULSE_TARGET, why),
                    Figure.missing("scrub_ms_20k", "ms", SCRUB_TARGET, why),
                    Figure.missing("scrub_ms_chapter", "ms", SCRUB_CHAPTER_TARGET, why));
        }
        FrameBench frames = bench.get();
        int pods = config.pods();
        int nodes = config.nodes();
        double first = frames.firstFrameMillis(); // once: only the first frame of a process is a first frame
        double one = Measure.median(config.warmups() * 3, Math.max(5, config.runs()), () -> frames.oneChangeMillis(pods, nodes));
        double full = Measure.median(config.warmups(), config.runs(), () -> frames.fullRebuildMillis(pods, nodes));
        PulseTimes pulse = frames.pulse(pods, nodes, PULSE_WARMUPS, PULSE_CHANGES_PER_RUN * Math.max(3, config.runs()));
        return List.of(Figure.of("first_frame_ms", first, "ms", FIRST_FRAME_TARGET),
                Figure.of("frame_ms_one_change", one, "ms", ONE_CHANGE_TARGET),
                Figure.of("frame_ms_full_rebuild", full, "ms", FULL_REBUILD_TARGET),
                Figure.of("frame_ratio", one > 0 ? full / one : Double.NaN, "x", RATIO_TARGET),
                pulseFigure(pulse, pods),
                scrubFigure("scrub_ms_20k", frames.scrub(pods, nodes, SCRUB_CHANGES, SCRUB_JUMPS), SCRUB_TARGET,
                        pods == 20_000 ? "" : "; measured at pods=" + pods),
                scrubFigure("scrub_ms_chapter", frames.scrub(0, 0, 0, SCRUB_JUMPS), SCRUB_CHAPTER_TARGET, ""));
    }

    static final String SCRUB_TARGET = "< 100";
    static final String SCRUB_CHAPTER_TARGET = "< 16";
    static final int SCRUB_CHANGES = 100_000;
    static final int SCRUB_JUMPS = 30;

    /** The median random jump; the drag's median per position in the note. */
    static Figure scrubFigure(String name, ScrubTimes scrub, String target, String suffix) {
        if (scrub == null) {
            return Figure.missing(name, "ms", target, "this FrameBench does not measure scrubbing");
        }
        return new Figure(name, scrub.jumpMillis(), "ms", target, "random jumps over " + scrub.changes()
                + " changes; dragging the playhead " + Figure.format(scrub.dragMillis()) + " ms per position" + suffix);
    }

    /** The median pulse of a pod's change, with its parts, and the other two kinds of change in the comment. */
    static Figure pulseFigure(PulseTimes pulse, int pods) {
        if (pulse == null) {
            return Figure.missing("pulse_ms_20k", "ms", PULSE_TARGET, "this FrameBench does not measure pulses");
        }
        StringBuilder note = new StringBuilder("parts:");
        pulse.change().parts().forEach((part, ms) -> note.append(' ').append(part).append(' ').append(Figure.format(ms)));
        note.append("; with the clock's second moving ").append(Figure.format(pulse.tick().millis()))
                .append(" ms; the selected pod's own change ").append(Figure.format(pulse.selected().millis())).append(" ms");
        if (pods != 20_000) {
            note.append("; measured at pods=").append(pods);
        }
        return new Figure("pulse_ms_20k", pulse.change().millis(), "ms", PULSE_TARGET, note.toString());
    }
}
