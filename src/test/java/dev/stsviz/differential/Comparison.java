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
            } else if (!states(sim).equals(states(cp))) {
                differences.add(new Difference(profile, scenario.name(), object, "states",
                        "simulator " + lines(sim) + " | control plane " + lines(cp)));
            } else {
                compareTimes(profile, scenario, object, sim, cp, differences);
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

    private static void compareTimes(String profile, Scenario scenario, String object, List<TimedState> sim, List<TimedState> cp, List<Difference> differences) {
        for (int i = 0; i < sim.size(); i++) {
            Duration apart = sim.get(i).at().minus(cp.get(i).at()).abs();
            if (apart.compareTo(scenario.tolerance()) > 0) {
                differences.add(new Difference(profile, scenario.name(), object, "times", "\"" + sim.get(i).state() + "\" began at "
                        + seconds(sim.get(i).at()) + " on the simulator, " + seconds(cp.get(i).at()) + " on the control plane"));
            }
        }
    }

    private static List<String> states(List<TimedState> sequence) {
        return sequence.stream().map(TimedState::state).toList();
    }

    private static String lines(List<TimedState> sequence) {
        return sequence.stream().map(s -> seconds(s.at()) + " " + s.state()).collect(Collectors.joining(" → ", "[", "]"));
    }

    private static String seconds(Duration at) {
        return String.format(java.util.Locale.ROOT, "%.1fs", at.toMillis() / 1000.0);
    }
}
