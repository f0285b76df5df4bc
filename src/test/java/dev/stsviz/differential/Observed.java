package dev.stsviz.differential;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * What one side of a comparison showed: per object ({@code kind/name}, nodes renamed by {@link NodeRoles}) the
 * sequence of its states, and per involved object the set of its events ({@code Reason: message}, names normalised);
 * and when each command of the script began.
 */
record Observed(Map<String, List<TimedState>> states, Map<String, SortedSet<String>> events, List<Duration> commands) {

    /**
     * This history on another side's clock: each state moved by how much later or earlier the command before it began
     * there. Commands take real time on the control plane (a kubectl call, a slow machine) and none on the simulator;
     * aligned on the commands' starts, the times compare what the cluster did after each command.
     */
    Observed alignedTo(List<Duration> otherCommands) {
        if (otherCommands.size() != commands.size()) {
            throw new IllegalArgumentException("the sides ran " + commands.size() + " and " + otherCommands.size() + " commands");
        }
        Map<String, List<TimedState>> aligned = new TreeMap<>();
        states.forEach((object, sequence) -> aligned.put(object,
                sequence.stream().map(s -> new TimedState(align(s.at(), otherCommands), s.state())).toList()));
        return new Observed(aligned, events, otherCommands);
    }

    private Duration align(Duration at, List<Duration> otherCommands) {
        int last = -1;
        for (int i = 0; i < commands.size() && commands.get(i).compareTo(at) <= 0; i++) {
            last = i;
        }
        if (last < 0) {
            return at;
        }
        Duration aligned = otherCommands.get(last).plus(at.minus(commands.get(last)));
        return aligned.isNegative() ? Duration.ZERO : aligned;
    }

    /** A readable dump for a failure message. */
    String describe() {
        StringBuilder out = new StringBuilder();
        states.forEach((object, sequence) -> {
            out.append(object).append('\n');
            sequence.forEach(s -> out.append("    ").append(s).append('\n'));
        });
        events.forEach((object, set) -> set.forEach(e -> out.append("event ").append(object).append(": ").append(e).append('\n')));
        return out.toString();
    }
}
