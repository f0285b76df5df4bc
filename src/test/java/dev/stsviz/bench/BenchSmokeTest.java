package dev.stsviz.bench;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick figures at tiny sizes: line format and positive values, never timings. */
class BenchSmokeTest {
    private static final String NUMBER = "\\d+(\\.\\d+)?";

    @Test
    void simAndEventFiguresPrintPositiveValues() throws Exception {
        StringWriter text = new StringWriter();
        List<Figure> figures = BenchCommand.run(BenchConfig.tiny(), EnumSet.of(BenchCommand.Part.sim, BenchCommand.Part.events,
                BenchCommand.Part.model, BenchCommand.Part.heap), false, new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();

        assertThat(lines.get(0)).startsWith("# pods=500 nodes=50 runs=1");
        assertThat(figures).extracting(Figure::name).containsExactly("sim_speed_first_run", "sim_speed", "events_per_s", "model_ms_20k", "heap_mb_20k");
        assertThat(lines.subList(1, lines.size())).hasSize(5).allSatisfy(line ->
                assertThat(line).matches("[a-z_0-9]+ " + NUMBER + " (x_realtime|events/s|ms|MB)  # (target .*|the cold first run.*)"));
        assertThat(figures).allSatisfy(f -> assertThat(f.value()).isPositive());
    }

    @Test
    void missingFiguresPrintNotAvailable() throws Exception {
        StringWriter text = new StringWriter();
        BenchCommand.run(BenchConfig.tiny(), EnumSet.of(BenchCommand.Part.live), false, new PrintWriter(text));
        assertThat(text.toString().lines().skip(1)).containsExactly(
                LiveFigures.unavailable().stream().map(Figure::line).toArray(String[]::new));
        assertThat(text.toString()).contains("live_events_per_s n/a events/s  # target");

        assertThat(new FrameFigures(BenchConfig.tiny(), Optional.empty()).run()).extracting(Figure::line)
                .allSatisfy(line -> assertThat(line).matches("(first_frame_ms|frame_ms_one_change|frame_ms_full_rebuild|frame_ratio|pulse_ms_20k|scrub_ms_20k|scrub_ms_chapter) n/a (ms|x)  # .*"));
    }

    @Test
    void aRegisteredFrameBenchIsUsedAndTheRatioComputed() {
        FrameBench fake = new FrameBench() {
            public double firstFrameMillis() {
                return 900;
            }

            public double oneChangeMillis(int pods, int nodes) {
                return 2;
            }

            public double fullRebuildMillis(int pods, int nodes) {
                return 50;
            }
        };
        assertThat(new FrameFigures(BenchConfig.tiny(), Optional.of(fake)).run()).extracting(Figure::line).containsExactly(
                "first_frame_ms 900 ms  # target " + FrameFigures.FIRST_FRAME_TARGET,
                "frame_ms_one_change 2.00 ms  # target " + FrameFigures.ONE_CHANGE_TARGET,
                "frame_ms_full_rebuild 50.0 ms  # target " + FrameFigures.FULL_REBUILD_TARGET,
                "frame_ratio 25.0 x  # target " + FrameFigures.RATIO_TARGET,
                "pulse_ms_20k n/a ms  # target " + FrameFigures.PULSE_TARGET + "; this FrameBench does not measure pulses",
                "scrub_ms_20k n/a ms  # target " + FrameFigures.SCRUB_TARGET + "; this FrameBench does not measure scrubbing",
                "scrub_ms_chapter n/a ms  # target " + FrameFigures.SCRUB_CHAPTER_TARGET + "; this FrameBench does not measure scrubbing");
    }

    @Test
    void thePulseFigureNamesItsPartsAndTheOtherKindsOfChange() {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("diagram", 1.0);
        parts.put("layout", 2.5);
        PulseTimes times = new PulseTimes(new PulseTimes.Median(4, parts), new PulseTimes.Median(6, Map.of()),
                new PulseTimes.Median(7, Map.of()));
        assertThat(FrameFigures.pulseFigure(times, 500).line()).isEqualTo("pulse_ms_20k 4.00 ms  # target " + FrameFigures.PULSE_TARGET
                + "; parts: diagram 1.00 layout 2.50; with the clock's second moving 6.00 ms; the selected pod's own change 7.00 ms;"
                + " measured at pods=500");
    }
}
