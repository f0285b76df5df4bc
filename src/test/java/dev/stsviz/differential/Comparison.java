package dev.stsviz.differential;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares two histories in their normal form: each object's sequence of states exactly, the times those states
 * began within the scenario's tolerance, and each object's events as sets (writes to different objects race upstream
 * too, so only per-object order is compared).
 */
final class Comparison {
    static final String SIMULATOR_ONLY = "simulator only: ";
    static final String CONTROL_PLANE_ONLY = "control plane only: ";
    /** States shorter than this are not compared (see {@link #matched}). */
    static final Duration TRANSIENT = Duration.ofMillis(300);
    /** A state shorter than this seen on one side only is passed over (see {@link #matched}). */
    static final Duration BRIEF = Duration.ofSeconds(4);

    private Comparison() {
    }

    static List<Difference> compare(String profile, Scenario scenario, Observed simulator, Observed real) {
        List<Difference> differences = new ArrayList<>();
        SortedSet<String> objects = new TreeSet<>(simulator.states().keySet());
        objects.addAll(real.states().keySet());
        for (String object : objects) {
            List<TimedState> sim = simulator.states().get(object);
            List<TimedState> cp = real.states().get(object);
            if (sim == null || cp == null) {
                differences.add(new Difference(profile, scenario.name(), object, "states",
                        (sim == null ? CONTROL_PLANE_ONLY + lines(cp) : SIMULATOR_ONLY + lines(sim))));
            } else {
                List<int[]> pairs = matched(sim, cp);
                if (pairs == null) {
                    differences.add(new Difference(profile, scenario.name(), object, "states",
                            "simulator " + lines(sim) + " | control plane " + lines(cp)));
                } else {
                    compareTimes(profile, scenario, object, sim, cp, pairs, differences);
                }
            }
        }
        SortedSet<String> eventObjects = new TreeSet<>(simulator.events().keySet());
        eventObjects.addAll(real.events().keySet());
        for (String object : eventObjects) {
            SortedSet<String> sim = simulator.events().getOrDefault(object, new TreeSet<>());
            SortedSet<String> cp = real.events().getOrDefault(object, new TreeSet<>());
            sim.stream().filter(e -> !cp.contains(e))
                    .forEach(e -> differences.add(new Difference(profile, scenario.name(), object, "events", SIMULATOR_ONLY + e)));
            cp.stream().filter(e -> !sim.contains(e))
                    .forEach(e -> differences.add(new Difference(profile, scenario.name(), object, "events", CONTROL_PLANE_ONLY + e)));
        }
        return differences;
    }

    /**
     * Pairs the two sequences' states in order, or null when they differ. States that lasted less than
     * {@link #TRANSIENT} are left out on both sides first (and equal neighbours merged): the live source delivers what
     * its informers saw in batches of 50 ms on a loaded machine, so such a state may or may not be seen there. Then a
     * state under {@link #BRIEF} seen on one side only is passed over, for the same reason at the edge of that window.
     */
    static List<int[]> matched(List<TimedState> sim, List<TimedState> cp) {
        List<Integer> s = lasting(sim);
        List<Integer> c = lasting(cp);
        // can[i][j]: sim's kept states from i and the control plane's from j align, passing over brief ones only
        boolean[][] can = new boolean[s.size() + 1][c.size() + 1];
        can[s.size()][c.size()] = true;
        for (int i = s.size(); i >= 0; i--) {
            for (int j = c.size(); j >= 0; j--) {
                if (i == s.size() && j == c.size()) {
                    continue;
                }
                boolean equal = i < s.size() && j < c.size() && sim.get(s.get(i)).state().equals(cp.get(c.get(j)).state());
                can[i][j] = (equal && can[i + 1][j + 1]) || (i < s.size() && brief(sim, s, i) && can[i + 1][j])
                        || (j < c.size() && brief(cp, c, j) && can[i][j + 1]);
            }
        }
        if (!can[0][0]) {
            return null;
        }
        List<int[]> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < s.size() || j < c.size()) {
            boolean equal = i < s.size() && j < c.size() && sim.get(s.get(i)).state().equals(cp.get(c.get(j)).state());
            if (equal && can[i + 1][j + 1]) {
                pairs.add(new int[] {s.get(i++), c.get(j++)});
            } else if (i < s.size() && brief(sim, s, i) && can[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs;
    }

    private static boolean brief(List<TimedState> sequence, List<Integer> kept, int k) {
        if (k + 1 >= kept.size()) {
            return false;
        }
        return sequence.get(kept.get(k) + 1).at().minus(sequence.get(kept.get(k)).at()).compareTo(BRIEF) < 0;
    }

    /** The indexes of the states that lasted, each the first of a run of equal ones. */
    private static List<Integer> lasting(List<TimedState> sequence) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < sequence.size(); i++) {
            boolean shortLived = i + 1 < sequence.size() && sequence.get(i + 1).at().minus(sequence.get(i).at()).compareTo(TRANSIENT) < 0;
            if (!shortLived && (kept.isEmpty() || !sequence.get(kept.get(kept.size() - 1)).state().equals(sequence.get(i).state()))) {
                kept.add(i);
            }
        }
        return kept;
    }

    private static void compareTimes(String profile, Scenario scenario, String object, List<TimedState> sim, List<TimedState> cp,
                                     List<int[]> pairs, List<Difference> differences) {
        for (int[] pair : pairs) {
            TimedState s = sim.get(pair[0]);
            TimedState c = cp.get(pair[1]);
            if (s.at().minus(c.at()).abs().compareTo(scenario.tolerance()) > 0) {
                differences.add(new Difference(profile, scenario.name(), object, "times", "\"" + s.state() + "\" began at "
                        + seconds(s.at()) + " on the simulator, " + seconds(c.at()) + " on the control plane"));
            }
        }
    }

    private static String lines(List<TimedState> sequence) {
        return sequence.stream().map(s -> seconds(s.at()) + " " + s.state()).collect(Collectors.joining(" → ", "[", "]"));
    }

    private static String seconds(Duration at) {
        return String.format(java.util.Locale.ROOT, "%.1fs", at.toMillis() / 1000.0);
    }
}
