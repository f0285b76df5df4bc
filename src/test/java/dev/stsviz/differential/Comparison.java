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
    /** A state shorter than this, seen on one side only, is not a difference (see {@link #matched}). */
    static final Duration TRANSIENT = Duration.ofMillis(300);

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
     * Pairs the two sequences' states in order, or null when they differ. A state that lasted less than
     * {@link #TRANSIENT} and appears on one side only is passed over: the live source delivers what its informers saw
     * in batches of 50 ms, so a state that lasted a few milliseconds on the control plane may never be seen there.
     */
    static List<int[]> matched(List<TimedState> sim, List<TimedState> cp) {
        List<int[]> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < sim.size() || j < cp.size()) {
            if (i < sim.size() && j < cp.size() && sim.get(i).state().equals(cp.get(j).state())) {
                pairs.add(new int[] {i++, j++});
            } else if (shortLived(sim, i)) {
                i++;
            } else if (shortLived(cp, j)) {
                j++;
            } else {
                return null;
            }
        }
        return pairs;
    }

    private static boolean shortLived(List<TimedState> sequence, int index) {
        return index + 1 < sequence.size() && sequence.get(index + 1).at().minus(sequence.get(index).at()).compareTo(TRANSIENT) < 0;
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
