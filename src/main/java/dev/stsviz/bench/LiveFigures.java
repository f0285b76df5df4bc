package dev.stsviz.bench;

import java.util.List;

/**
 * The live figures need fabric8's mock server, a test-scope dependency: they run from the test classpath
 * ({@code ./mvnw -Pbench ...}, class {@code dev.stsviz.bench.LiveBenchMain}). From the jar they print n/a.
 */
public final class LiveFigures {
    public static final String COMMAND = "./mvnw -B -q -Pbench test-compile exec:java -Dexec.args=quick (profile bench in pom.xml)";
    public static final String EVENTS_TARGET = "none (bounded by the mock server; see live_ratio)";
    public static final String INFORMER_TARGET = "none (baseline)";
    public static final String RATIO_TARGET = ">= 0.5";

    public static List<Figure> unavailable() {
        String why = "needs the test classpath: " + COMMAND;
        return List.of(Figure.missing("live_events_per_s", "events/s", EVENTS_TARGET, why),
                Figure.missing("informer_events_per_s", "events/s", INFORMER_TARGET, why),
                Figure.missing("live_ratio", "x", RATIO_TARGET, why));
    }

    private LiveFigures() {
    }
}
