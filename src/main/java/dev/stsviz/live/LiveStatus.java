package dev.stsviz.live;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the live source is doing, for the status bar: connecting, synced (initial lists done), watching (all
 * watches open), retrying after an error, or lost (the server stopped answering); plus the requests the cluster
 * refuses this user ("list nodes", "patch nodes") and the kinds it does not serve.
 */
public record LiveStatus(String context, String namespace, Phase phase, String lastError, Instant lastErrorAt,
                         List<String> forbidden, List<String> notServed) {

    /** LOST: the server stopped answering; the picture shows what was known when it did (lastErrorAt). */
    public enum Phase { CONNECTING, SYNCED, WATCHING, RETRYING, LOST }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    public LiveStatus {
        forbidden = List.copyOf(forbidden);
        notServed = List.copyOf(notServed);
    }

    /** One line, e.g. "minikube/default: retrying (connection refused) – last error 12:03:01", in local time. */
    public String describe() {
        return describe(ZoneId.systemDefault());
    }

    public String describe(ZoneId zone) {
        StringBuilder line = new StringBuilder(context).append('/').append(namespace).append(": ");
        if (phase == Phase.LOST) {
            line.append("connection lost at ").append(CLOCK.format(lastErrorAt.atZone(zone))).append(", retrying: ")
                    .append(lastError == null ? "no answer" : lastError);
        } else {
            line.append(phase.name().toLowerCase());
        }
        if (phase == Phase.RETRYING && lastError != null) {
            line.append(" (").append(lastError).append(')');
            if (lastErrorAt != null) {
                line.append(" – last error ").append(CLOCK.format(lastErrorAt.atZone(zone)));
            }
        }
        if (!forbidden.isEmpty()) {
            // exactly what this user may not do; everything else, reads and writes, stays available
            line.append(" (forbidden for this user: ").append(String.join(", ", forbidden)).append(')');
        }
        if (!notServed.isEmpty()) {
            line.append(" (not served: ").append(String.join(", ", notServed)).append(')');
        }
        return line.toString();
    }
}
