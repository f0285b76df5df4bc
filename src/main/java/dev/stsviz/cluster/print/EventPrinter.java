package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.name;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventSource;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.ObjectReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code kubectl get events [-o wide]}: port of {@code printEvent} and {@code formatEventSource} in
 * {@code pkg/printers/internalversion/printers.go}. Tables are sorted by the LAST SEEN instant,
 * oldest first (stable; events with no time at all first, like Go's zero time), as
 * {@code kubectl get events --sort-by=.lastTimestamp} and older kubectl's SortableEvents do.
 */
public final class EventPrinter {

    private static final List<String> COLUMNS = List.of("Last Seen", "Type", "Reason", "Object", "Message");
    private static final List<String> WIDE_COLUMNS = List.of(
            "Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message", "First Seen", "Count", "Name");

    /** Oldest LAST SEEN first; unset times sort first. */
    public static final Comparator<Event> BY_LAST_SEEN =
            Comparator.comparing(EventPrinter::lastSeenInstant, Comparator.nullsFirst(Comparator.naturalOrder()));

    private EventPrinter() {
    }

    /** Wide output interleaves the priority-1 columns, so it is listed whole rather than appended. */
    public static List<String> headers(boolean wide) {
        return wide ? WIDE_COLUMNS : COLUMNS;
    }

    public static List<String> cells(Event e, Instant now, boolean wide) {
        String message = str(e.getMessage()).strip();
        if (!wide) {
            return List.of(lastSeen(e, now), str(e.getType()), str(e.getReason()), object(e), message);
        }
        ObjectReference ref = involved(e);
        return List.of(lastSeen(e, now), str(e.getType()), str(e.getReason()), object(e),
                str(ref.getFieldPath()), source(e), message, firstSeen(e, now), Integer.toString(count(e)), name(e));
    }

    /**
     * LAST SEEN column: lastTimestamp, falling back to FIRST SEEN (firstTimestamp, then eventTime);
     * an event series' lastObservedTime overrides both.
     */
    public static String lastSeen(Event e, Instant now) {
        if (e.getSeries() != null) {
            return Ages.since(micro(e.getSeries().getLastObservedTime()), now);
        }
        Instant last = Rfc3339.parse(e.getLastTimestamp());
        return last != null ? Ages.since(last, now) : firstSeen(e, now);
    }

    /** FIRST SEEN column: firstTimestamp, falling back to eventTime. */
    public static String firstSeen(Event e, Instant now) {
        Instant first = Rfc3339.parse(e.getFirstTimestamp());
        return first != null ? Ages.since(first, now) : Ages.since(micro(e.getEventTime()), now);
    }

    /** OBJECT column: lower-cased kind + "/" + name, e.g. "pod/kubia-0" (just the kind without a name). */
    public static String object(Event e) {
        ObjectReference ref = involved(e);
        String kind = str(ref.getKind()).toLowerCase(Locale.ROOT);
        return str(ref.getName()).isEmpty() ? kind : kind + "/" + ref.getName();
    }

    /** The instant LAST SEEN is computed from, or null when the event carries no time. */
    public static Instant lastSeenInstant(Event e) {
        if (e.getSeries() != null) {
            return Rfc3339.parse(micro(e.getSeries().getLastObservedTime()));
        }
        Instant last = Rfc3339.parse(e.getLastTimestamp());
        if (last != null) {
            return last;
        }
        Instant first = Rfc3339.parse(e.getFirstTimestamp());
        return first != null ? first : Rfc3339.parse(micro(e.getEventTime()));
    }

    public static String table(List<Event> events, Instant now, boolean wide) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(BY_LAST_SEEN);
        Table table = new Table(headers(wide));
        for (Event e : sorted) {
            table.addRow(cells(e, now, wide));
        }
        return table.render();
    }

    /** COUNT column: series count, else count, with 0 meaning a singleton (1). */
    private static int count(Event e) {
        if (e.getSeries() != null) {
            return num(e.getSeries().getCount());
        }
        int count = num(e.getCount());
        return count == 0 ? 1 : count;
    }

    /** SOURCE column, {@code formatEventSource}: "component, host" with reporting* as fallbacks. */
    private static String source(Event e) {
        EventSource src = e.getSource() == null ? new EventSource() : e.getSource();
        String component = firstNonEmpty(src.getComponent(), e.getReportingComponent());
        String instance = firstNonEmpty(src.getHost(), e.getReportingInstance());
        return instance.isEmpty() ? component : component + ", " + instance;
    }

    private static String firstNonEmpty(String a, String b) {
        return !str(a).isEmpty() ? a : str(b);
    }

    private static ObjectReference involved(Event e) {
        return e.getInvolvedObject() == null ? new ObjectReference() : e.getInvolvedObject();
    }

    private static String micro(MicroTime t) {
        return t == null ? null : t.getTime();
    }
}
