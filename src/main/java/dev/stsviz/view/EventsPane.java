package dev.stsviz.view;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.ObjectKey;
import io.fabric8.kubernetes.api.model.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * {@code kubectl get events}, newest first, as a filterable table. {@link #update} is called every pulse, so it
 * touches only the rows of events that changed (each removed and placed again by binary search), and a tick of the
 * clock only invalidates LAST SEEN, which the rows in view then re-format.
 */
public final class EventsPane {

    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private final FilteredList<EventRow> visible = new FilteredList<>(rows);
    private final TableView<EventRow> table = new TableView<>(visible);
    private final TextField filter = new TextField();
    private final CheckBox warningsOnly = new CheckBox(Texts.get("events.warningsOnly"));
    private final BorderPane root = new BorderPane();

    /** The rows by their event's key: a change finds its row, and its place by binary search (rows are sorted). */
    private final Map<ObjectKey, EventRow> byKey = new HashMap<>();
    /** What LAST SEEN counts to: moved when events change or the second does, as a full refresh would. */
    private final ObjectProperty<Instant> clock = new SimpleObjectProperty<>(Instant.EPOCH);
    /** The state's revision last read by {@link #update(ClusterState, Instant)}. */
    private long revision = -1;
    /** Up to this many changes (or an eighth of the rows) are placed one by one; more are sorted in with the rest. */
    private static final int REBUILD_AFTER = 64;

    public EventsPane() {
        filter.setPromptText(Texts.get("events.filter"));
        filter.setAccessibleText(Texts.get("events.filter.name"));
        filter.getStyleClass().add("events-filter");
        warningsOnly.getStyleClass().add("events-warnings-only");
        HBox.setHgrow(filter, Priority.ALWAYS);
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> EventFilter.of(filter.getText(), warningsOnly.isSelected()),
                filter.textProperty(), warningsOnly.selectedProperty()));

        Label shown = new Label();
        shown.getStyleClass().add("events-count");
        shown.textProperty().bind(Bindings.createStringBinding(
                () -> visible.size() == rows.size() ? Texts.get("events.count", rows.size()) : Texts.get("events.countOf", visible.size(), rows.size()),
                visible, rows));
        HBox bar = new HBox(filter, warningsOnly, shown);
        bar.getStyleClass().add("events-bar");

        buildTable();
        root.setTop(bar);
        root.setCenter(table);
        root.getStyleClass().add("events-pane");
    }

    public Node node() {
        return root;
    }

    /** All rows, newest first, before the filter (tests). */
    List<EventRow> rows() {
        return rows;
    }

    /** Shows {@code events} as seen at {@code now}; FX thread only. Costs the events that changed, not all of them. */
    public void update(List<Event> events, Instant now) {
        Map<ObjectKey, Event> given = new HashMap<>(events.size() * 2);
        Map<ObjectKey, Event> changed = new LinkedHashMap<>();
        for (Event event : events) {
            ObjectKey key = ObjectKey.of(event);
            given.put(key, event);
            if (differs(byKey.get(key), event)) {
                changed.put(key, event);
            }
        }
        for (ObjectKey key : byKey.keySet()) {
            if (!given.containsKey(key)) {
                changed.put(key, null);
            }
        }
        apply(changed, now);
    }

    /**
     * Shows the state's events as seen at {@code now}; FX thread only. Reads only the events the state's journal
     * says changed since the last call (all of them after a relist, keeping the rows of equal ones).
     */
    public void update(ClusterState state, Instant now) {
        ClusterState.Changes changes = state.changesSince(revision);
        revision = changes.revision();
        if (changes.everything()) {
            update(state.list(Event.class, Kinds.EVENT), now);
            return;
        }
        Map<ObjectKey, Event> changed = new LinkedHashMap<>();
        for (ObjectKey key : changes.keys()) {
            if (Kinds.EVENT.equals(key.kind())) {
                Event event = state.get(Event.class, Kinds.EVENT, key.namespace(), key.name()).orElse(null);
                if (differs(byKey.get(key), event)) {
                    changed.put(key, event);
                }
            }
        }
        apply(changed, now);
    }

    /** Equal content keeps its row (a relist delivers equal copies; the state shares unchanged objects). */
    private static boolean differs(EventRow row, Event event) {
        if (row == null || event == null) {
            return (row == null) != (event == null);
        }
        return row.event() != event && !row.event().equals(event);
    }

    /** Takes the changed events (null: deleted) and moves the clock LAST SEEN counts to. */
    private void apply(Map<ObjectKey, Event> changed, Instant now) {
        if (!changed.isEmpty()) {
            EventRow selected = table.getSelectionModel().getSelectedItem();
            String topKey = topRowKey();
            clock.set(now);
            if (changed.size() > Math.max(REBUILD_AFTER, rows.size() / 8)) {
                replaceRows(changed);
            } else {
                changed.forEach(this::replaceRow);
            }
            // selection and focus as a fresh list leaves them: the same event selected (and focused), else the top row focused
            OptionalInt at = selected == null ? OptionalInt.empty() : indexOf(selected.key());
            if (at.isPresent()) {
                if (table.getSelectionModel().getSelectedIndex() != at.getAsInt()) {
                    table.getSelectionModel().select(at.getAsInt());
                }
            } else {
                table.getSelectionModel().clearSelection();
                table.getFocusModel().focus(0);
            }
            if (topKey != null) {
                // scrolled down: keep the same event at the top instead of letting new ones push it away
                indexOf(topKey).ifPresent(table::scrollTo);
            }
        } else if (now.getEpochSecond() != clock.get().getEpochSecond()) {
            // event times have whole seconds and kubectl's ages never show less, so one refresh a second suffices
            clock.set(now);
        }
    }

    /** One event's row out of the sorted rows, its new version in where it now sorts. */
    private void replaceRow(ObjectKey key, Event event) {
        EventRow old = event == null ? byKey.remove(key) : byKey.get(key);
        if (old != null) {
            int at = Collections.binarySearch(rows, old, EventRow.ORDER);
            rows.remove(at >= 0 ? at : rows.indexOf(old)); // the order is total: the search finds it
        }
        if (event != null) {
            EventRow row = new EventRow(event, clock);
            byKey.put(key, row);
            rows.add(-Collections.binarySearch(rows, row, EventRow.ORDER) - 1, row);
        }
    }

    /** Many changes at once (the first list, a relist): all rows in one sort, those of unchanged events kept. */
    private void replaceRows(Map<ObjectKey, Event> changed) {
        changed.forEach((key, event) -> {
            if (event == null) {
                byKey.remove(key);
            } else {
                byKey.put(key, new EventRow(event, clock));
            }
        });
        List<EventRow> fresh = new ArrayList<>(byKey.values());
        fresh.sort(EventRow.ORDER);
        rows.setAll(fresh);
    }

    private void buildTable() {
        table.getColumns().add(column("LAST SEEN", 90, EventRow::lastSeenProperty));
        TableColumn<EventRow, String> type = column("TYPE", 100, row -> constant(row.typeLabel()));
        type.getStyleClass().add("type-column");
        table.getColumns().add(type);
        table.getColumns().add(column("REASON", 150, row -> constant(row.reason())));
        table.getColumns().add(column("OBJECT", 200, row -> constant(row.object())));
        table.getColumns().add(column("MESSAGE", 400, row -> constant(row.message())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new EventTableRow());
        table.getStyleClass().add("events-table");
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(Bindings.isEmpty(rows))
                .then(Texts.get("events.none")).otherwise(Texts.get("events.noneMatch")));
        table.setPlaceholder(placeholder);
    }

    /** Newest-first is the point of the pane, so header clicks do not re-sort. */
    private static TableColumn<EventRow, String> column(String title, double width,
            Function<EventRow, ObservableValue<String>> value) {
        TableColumn<EventRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }

    /** The key of the first visible row when the table is scrolled away from the top, else null. */
    private String topRowKey() {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return null;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        if (first == null || first.getIndex() <= 0 || first.getIndex() >= visible.size()) {
            return null;
        }
        return visible.get(first.getIndex()).key();
    }

    private OptionalInt indexOf(String key) {
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).key().equals(key)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Marks warning rows with the {@code warning} style class (the TYPE cell also says "⚠ Warning"). */
    private static final class EventTableRow extends TableRow<EventRow> {
        @Override
        protected void updateItem(EventRow item, boolean empty) {
            super.updateItem(item, empty);
            boolean warning = !empty && item != null && item.isWarning();
            if (!warning) {
                getStyleClass().remove("warning");
            } else if (!getStyleClass().contains("warning")) {
                getStyleClass().add("warning");
            }
        }
    }
}
