package dev.stsviz.live;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the live source is doing, for the status bar: connecting, synced (initial lists done), watching (all
 * watches open), or retrying after an error; plus the kinds the cluster refused ("list nodes") or does not serve.
 */
public record LiveStatus(String context, String namespace, Phase phase, String lastError, Instant lastErrorAt,
                         List<String> forbidden, List<String> notServed) {

    public enum Phase { CONNECTING, SYNCED, WATCHING, RETRYING }

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
        StringBuilder line = new StringBuilder(context).append('/').append(namespace).append(": ")
                .append(phase.name().toLowerCase());
        if (phase == Phase.RETRYING && lastError != null) {
            line.append(" (").append(lastError).append(')');
            if (lastErrorAt != null) {
                line.append(" – last error ").append(CLOCK.format(lastErrorAt.atZone(zone)));
            }
        }
        if (!forbidden.isEmpty()) {
            line.append(" (forbidden: ").append(String.join(", ", forbidden)).append("; the rest works read-only)");
        }
        if (!notServed.isEmpty()) {
            line.append(" (not served: ").append(String.join(", ", notServed)).append(')');
        }
        return line.toString();
    }
}
