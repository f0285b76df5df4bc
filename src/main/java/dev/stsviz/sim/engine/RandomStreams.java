package dev.stsviz.sim.engine;

import java.util.Random;
import java.util.TreeMap;

/**
 * One seeded random stream per component, so that adding randomness to one component never shifts what another
 * draws. Streams are derived from (seed, component name) with SplitMix64.
 */
public final class RandomStreams {
    private final long seed;
    private final TreeMap<String, Random> streams = new TreeMap<>();

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public Random stream(String component) {
        return streams.computeIfAbsent(component, c -> new Random(mix(seed ^ mix(c.hashCode()))));
    }

    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
