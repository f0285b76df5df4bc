package dev.stsviz.view;

import dev.stsviz.cluster.print.EventPrinter;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * One row of the events table. Its cells are computed once per event version; only LAST SEEN moves with the
 * clock, so it alone is observable: a binding on the pane's clock, computed when a cell shows it (of thousands of
 * rows, the dozen in view), not for every row each second.
 */
final class EventRow {

    static final String WARNING = "Warning";

    /** Newest LAST SEEN first (events with no time at all last, as kubectl's oldest-first puts them first); ties by name. */
    static final Comparator<EventRow> NEWEST_FIRST = Comparator
            .comparing(EventRow::lastSeenInstant, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(EventRow::name);
    /**
     * {@link #NEWEST_FIRST}, then by namespace: the order a stable sort of the state's list (namespace, then name)
     * gives, as a total order, so a row can be found and placed by binary search.
     */
    static final Comparator<EventRow> ORDER = NEWEST_FIRST.thenComparing(EventRow::namespace);

    private final Event event;
    private final Instant lastSeenInstant;
    private final String key;
    private final String name;
    private final String namespace;
    private final String type;
    private final String reason;
    private final String object;
    private final String message;
    private final String searchText;
    private final StringBinding lastSeen;

    /** {@code clock}: the instant LAST SEEN is counted to. */
    EventRow(Event event, ObservableValue<Instant> clock) {
        this.event = event;
        ObjectMeta meta = event.getMetadata() == null ? new ObjectMeta() : event.getMetadata();
        this.name = nonNull(meta.getName());
        this.namespace = nonNull(meta.getNamespace());
        // the uid survives updates of a counted event; namespace/name is the fallback for hand-built events
        this.key = nonNull(meta.getUid()).isEmpty() ? nonNull(meta.getNamespace()) + "/" + name : meta.getUid();
        this.lastSeenInstant = EventPrinter.lastSeenInstant(event);
        this.type = nonNull(event.getType());
        this.reason = nonNull(event.getReason());
        this.object = EventPrinter.object(event);
        int count = count(event);
        String text = nonNull(event.getMessage()).strip();
        this.message = count > 1 ? text + " (x" + count + ")" : text;
        this.searchText = String.join("\n", type, reason, object, text).toLowerCase(Locale.ROOT);
        this.lastSeen = Bindings.createStringBinding(() -> EventPrinter.lastSeen(event, clock.getValue()), clock);
    }

    Event event() {
        return event;
    }

    StringBinding lastSeenProperty() {
        return lastSeen;
    }

    boolean isWarning() {
        return WARNING.equals(type);
    }

    /** TYPE cell: warnings carry a symbol so colour is never the only signal. */
    String typeLabel() {
        return isWarning() ? "⚠ " + type : type;
    }

    String key() {
        return key;
    }

    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    Instant lastSeenInstant() {
        return lastSeenInstant;
    }

    String type() {
        return type;
    }

    String reason() {
        return reason;
    }

    String object() {
        return object;
    }

    String message() {
        return message;
    }

    /** Lower-cased type, reason, object and message, one per line so a filter term cannot span two of them. */
    String searchText() {
        return searchText;
    }

    /** kubectl's COUNT: the series count, else count; 0 or unset means it happened once. */
    private static int count(Event e) {
        Integer count = e.getSeries() != null ? e.getSeries().getCount() : e.getCount();
        return count == null ? 1 : count;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
