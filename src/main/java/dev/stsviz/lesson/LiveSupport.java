package dev.stsviz.lesson;

import java.util.List;
import java.util.Set;

/** Which console lines have no meaning on a live cluster: the simulator's own verbs, except those a cluster maps. */
final class LiveSupport {
    /** sim verbs a live cluster also runs (disconnect / reconnect through the context's node-fault commands). */
    private static final Set<String> LIVE_SIM_VERBS = Set.of("disconnect", "reconnect", "wait", "wait-until", "time");

    private LiveSupport() {
    }

    static boolean simulatorOnly(String action) {
        List<String> words = List.of(action.trim().split("\\s+"));
        return words.get(0).equals("sim") && (words.size() < 2 || !LIVE_SIM_VERBS.contains(words.get(1)));
    }
}
