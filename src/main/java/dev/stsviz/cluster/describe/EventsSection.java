package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.describe.Go.num;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.str;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;

import dev.stsviz.cluster.print.Ages;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.MicroTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * describe.go's {@code DescribeEvents}: "Events:  &lt;none&gt;", or a Type / Reason / Age / From / Message
 * table sorted oldest first ({@code event.SortableEvents}). Age is the first occurrence's age; a repeated
 * event reads "last (xN over first)".
 */
final class EventsSection {

    private EventsSection() {
    }

    /** {@code eventTime} of {@code SortableEvents}: series.lastObservedTime, else lastTimestamp, else eventTime. */
    static final Comparator<Event> OLDEST_FIRST =
            Comparator.comparing(EventsSection::sortTime, Comparator.nullsFirst(Comparator.naturalOrder()));

    static void write(PrefixWriter w, List<Event> events, Instant now) {
        if (events.isEmpty()) {
            w.write(LEVEL_0, "Events:\t<none>\n");
            return;
        }
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(OLDEST_FIRST);
        w.write(LEVEL_0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
        w.write(LEVEL_1, "----\t------\t----\t----\t-------\n");
        for (Event e : sorted) {
            w.write(LEVEL_1, str(e.getType()) + "\t" + str(e.getReason()) + "\t" + age(e, now) + "\t"
                    + from(e) + "\t" + str(e.getMessage()).strip() + "\n");
        }
    }

    /** The Age cell. */
    static String age(Event e, Instant now) {
        String first = micro(e.getEventTime()) != null
                ? Ages.since(micro(e.getEventTime()), now)
                : GoTime.since(e.getFirstTimestamp(), now);
        if (e.getSeries() != null) {
            return Ages.since(micro(e.getSeries().getLastObservedTime()), now)
                    + " (x" + num(e.getSeries().getCount()) + " over " + first + ")";
        }
        if (num(e.getCount()) > 1) {
            return GoTime.since(e.getLastTimestamp(), now) + " (x" + e.getCount() + " over " + first + ")";
        }
        return first;
    }

    /** The From cell: source.component, else reportingController ({@code reportingComponent} in fabric8). */
    static String from(Event e) {
        String component = e.getSource() == null ? "" : str(e.getSource().getComponent());
        return component.isEmpty() ? str(e.getReportingComponent()) : component;
    }

    private static Instant sortTime(Event e) {
        if (e.getSeries() != null) {
            return GoTime.parse(micro(e.getSeries().getLastObservedTime()));
        }
        Instant last = GoTime.parse(e.getLastTimestamp());
        return last != null ? last : GoTime.parse(micro(e.getEventTime()));
    }

    /** The timestamp string, or null when the MicroTime is unset. */
    private static String micro(MicroTime t) {
        return t == null || GoTime.parse(t.getTime()) == null ? null : t.getTime();
    }
}
