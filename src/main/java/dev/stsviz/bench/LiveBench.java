package dev.stsviz.bench;

import java.util.List;

/**
 * The live figures' entry, implemented on the test classpath (it needs fabric8's mock server) by
 * {@code dev.stsviz.bench.LiveThroughputBench}; {@link BenchCommand} loads it by name when present.
 */
public interface LiveBench {
    String IMPLEMENTATION = "dev.stsviz.bench.LiveThroughputBench";

    /** {@code live_events_per_s}, {@code informer_events_per_s}, {@code live_ratio}. */
    List<Figure> run(BenchConfig config) throws Exception;
}
