package dev.stsviz.differential;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * What one side of a comparison showed: per object ({@code kind/name}, nodes renamed by {@link NodeRoles}) the
 * sequence of its states, and per involved object the set of its events ({@code Reason: message}, names normalised).
 */
record Observed(Map<String, List<TimedState>> states, Map<String, SortedSet<String>> events) {

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
