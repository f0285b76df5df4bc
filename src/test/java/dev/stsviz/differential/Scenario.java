package dev.stsviz.differential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A differential scenario: a console script (the {@code run} language) with a header of {@code # key: value} lines.
 * <ul>
 *   <li>{@code title}: what it shows;</li>
 *   <li>{@code eviction}: the control planes it runs on, {@code taint} and/or {@code nodelost} (default taint);</li>
 *   <li>{@code tolerance}: how far apart the times a state began may be (default 2s);</li>
 *   <li>{@code settle}: how long both sides keep being sampled after the last command (default 2s).</li>
 * </ul>
 * Scripts name no node: {@code sim disconnect pod/kubia-0} cuts off that pod's node, {@code sim reconnect} every cut node.
 */
record Scenario(String name, String title, Set<String> evictions, Duration tolerance, Duration settle, List<String> commands) {
    static final String RESOURCE_DIRECTORY = "/differential/";

    /** Runs only the scenarios named in this system property (comma-separated), when it is set: for working on one. */
    static final String ONLY_PROPERTY = "stsviz.differential.only";

    /** The scenarios listed in {@code differential/scenarios.txt}, in its order. */
    static List<Scenario> all() {
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> only = Set.of(System.getProperty(ONLY_PROPERTY, "").split(","));
        for (String line : read("scenarios.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#") && (only.contains("") || only.contains(name))) {
                scenarios.add(load(name));
            }
        }
        return scenarios;
    }

    static Scenario load(String name) {
        return parse(name, read(name + ".txt"));
    }

    static Scenario parse(String name, String text) {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                header.put(line.substring(1, colon).strip().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        Set<String> evictions = Set.of(header.getOrDefault("eviction", "taint").split("[ ,]+"));
        for (String eviction : evictions) {
            if (!eviction.equals("taint") && !eviction.equals("nodelost")) {
                throw new IllegalArgumentException(name + ": eviction " + eviction + " (taint or nodelost)");
            }
        }
        return new Scenario(name, header.getOrDefault("title", name), evictions,
                seconds(header.getOrDefault("tolerance", "2s")), seconds(header.getOrDefault("settle", "2s")),
                dev.stsviz.console.ScriptReader.commands(text));
    }

    boolean runsOn(String eviction) {
        return evictions.contains(eviction);
    }

    private static Duration seconds(String text) {
        if (!text.endsWith("s")) {
            throw new IllegalArgumentException("a duration in seconds, like 2s: " + text);
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
    }

    private static String read(String file) {
        try (InputStream in = Scenario.class.getResourceAsStream(RESOURCE_DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario resource " + RESOURCE_DIRECTORY + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
