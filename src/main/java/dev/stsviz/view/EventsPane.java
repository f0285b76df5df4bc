package dev.stsviz.view;

import io.fabric8.kubernetes.api.model.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
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
 * {@code kubectl get events}, newest first, as a filterable table. {@link #update} is called every pulse with the
 * full list, so it does nothing unless the events changed, and only re-formats LAST SEEN when the clock moved.
 */
public final class EventsPane {

    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private final FilteredList<EventRow> visible = new FilteredList<>(rows);
    private final TableView<EventRow> table = new TableView<>(visible);
    private final TextField filter = new TextField();
    private final CheckBox warningsOnly = new CheckBox("⚠ Warnings only");
    private final BorderPane root = new BorderPane();

    private List<Event> shownEvents = List.of();
    private long shownSecond = Long.MIN_VALUE;

    public EventsPane() {
        filter.setPromptText("filter events…");
        filter.setAccessibleText("Filter events");
        filter.getStyleClass().add("events-filter");
        warningsOnly.getStyleClass().add("events-warnings-only");
        HBox.setHgrow(filter, Priority.ALWAYS);
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> EventFilter.of(filter.getText(), warningsOnly.isSelected()),
                filter.textProperty(), warningsOnly.selectedProperty()));

        Label shown = new Label();
        shown.getStyleClass().add("events-count");
        shown.textProperty().bind(Bindings.createStringBinding(
                () -> visible.size() == rows.size() ? rows.size() + " events" : visible.size() + " of " + rows.size() + " events",
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

    /** Shows {@code events} as seen at {@code now}; FX thread only. Cheap when neither changed. */
    public void update(List<Event> events, Instant now) {
        if (!sameEvents(events)) {
            replaceRows(events, now);
        } else if (now.getEpochSecond() != shownSecond) {
            // event times have whole seconds and kubectl's ages never show less, so one refresh a second suffices
            rows.forEach(row -> row.refreshLastSeen(now));
        }
        shownSecond = now.getEpochSecond();
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
                .then("No events.").otherwise("No events match the filter."));
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

    /** Same objects in the same order: the cluster state shares unchanged objects, so identity is the fast path. */
    private boolean sameEvents(List<Event> events) {
        if (events.size() != shownEvents.size()) {
            return false;
        }
        for (int i = 0; i < events.size(); i++) {
            Event a = events.get(i);
            Event b = shownEvents.get(i);
            if (a != b && !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    private void replaceRows(List<Event> events, Instant now) {
        EventRow selected = table.getSelectionModel().getSelectedItem();
        String topKey = topRowKey();
        // rows of event objects already shown are kept (only their LAST SEEN moves): a change costs its own rows
        Map<Event, EventRow> shown = new IdentityHashMap<>(rows.size());
        for (EventRow row : rows) {
            shown.put(row.event(), row);
        }
        List<EventRow> fresh = new ArrayList<>(events.size());
        for (Event event : events) {
            EventRow row = shown.get(event);
            if (row == null) {
                row = new EventRow(event, now);
            } else {
                row.refreshLastSeen(now);
            }
            fresh.add(row);
        }
        fresh.sort(EventRow.NEWEST_FIRST);
        shownEvents = List.copyOf(events);
        rows.setAll(fresh);
        if (selected != null) {
            indexOf(selected.key()).ifPresent(i -> table.getSelectionModel().select(i));
        }
        if (topKey != null) {
            // scrolled down: keep the same event at the top instead of letting new ones push it away
            indexOf(topKey).ifPresent(table::scrollTo);
        }
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
