package dev.stsviz.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.print.EventPrinter;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The events table as a user sees it: newest first, filtered by typing, warnings marked, live updates. */
@ExtendWith(ApplicationExtension.class)
class EventsPaneTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:10:00Z");

    private final List<Event> events = new ArrayList<>(List.of(
            event("kubia-0.1", "Pod", "kubia-0", "Normal", "Scheduled",
                    "Successfully assigned default/kubia-0 to minikube", "2026-11-28T09:00:00Z", 1),
            event("kubia-0.2", "Pod", "kubia-0", "Normal", "Pulled",
                    "Container image \"luksa/kubia-pet\" already present on machine", "2026-11-28T09:01:00Z", 1),
            event("kubia-2.1", "Pod", "kubia-2", "Normal", "Killing",
                    "Stopping container kubia", "2026-11-28T09:03:00Z", 1),
            event("kubia-1.1", "Pod", "kubia-1", "Warning", "FailedScheduling",
                    "0/2 nodes are available: 2 Insufficient cpu.", "2026-11-28T09:05:00Z", 3),
            event("data-kubia-3.1", "PersistentVolumeClaim", "data-kubia-3", "Warning", "ProvisioningFailed",
                    "storageclass.storage.k8s.io \"fast\" not found", "2026-11-28T09:04:00Z", 1)));

    private EventsPane pane;

    @Start
    void start(Stage stage) {
        pane = new EventsPane();
        Scene scene = new Scene(new StackPane(pane.node()), 1000, 400);
        PaneStyles.install(scene);
        stage.setScene(scene);
        stage.show();
        pane.update(events, NOW);
    }

    @Test
    void showsKubectlColumnsNewestFirst(FxRobot robot) {
        assertThat(reasons(robot)).containsExactly("FailedScheduling", "ProvisioningFailed", "Killing", "Pulled", "Scheduled");
        assertThat(renderedRow(robot, 0)).containsExactly(
                "5m", "⚠ Warning", "FailedScheduling", "pod/kubia-1", "0/2 nodes are available: 2 Insufficient cpu. (x3)");
        assertThat(renderedRow(robot, 1)).containsExactly(
                "6m", "⚠ Warning", "ProvisioningFailed", "persistentvolumeclaim/data-kubia-3",
                "storageclass.storage.k8s.io \"fast\" not found");
        assertThat(renderedRow(robot, 4)).containsExactly(
                "10m", "Normal", "Scheduled", "pod/kubia-0", "Successfully assigned default/kubia-0 to minikube");
    }

    @Test
    void warningRowsCarryTheWarningStyleClassAndASymbol(FxRobot robot) {
        List<TableRow<?>> warningRows = new ArrayList<>();
        robot.lookup(".events-table .table-row-cell.warning").queryAll()
                .forEach(node -> warningRows.add((TableRow<?>) node));
        assertThat(warningRows).extracting(TableRow::getIndex).containsExactlyInAnyOrder(0, 1);
        // panes.css resolved its looked-up colours: the warning tint differs from a normal row's background
        assertThat(background(warningRows.get(0))).isNotNull().isNotEqualTo(background(row(robot, 2)));
        assertThat(renderedRow(robot, 2).get(1)).isEqualTo("Normal");
        assertThat(robot.lookup(".events-table .table-row-cell").queryAll().stream()
                .filter(node -> ((TableRow<?>) node).getIndex() == 2)
                .map(node -> node.getStyleClass().contains("warning")))
                .containsExactly(false);
    }

    @Test
    void typingInTheFilterNarrowsTheRowsCaseInsensitively(FxRobot robot) {
        robot.clickOn(".events-filter").write("kubia-0");
        assertThat(reasons(robot)).containsExactly("Pulled", "Scheduled");

        robot.interact(() -> robot.lookup(".events-filter").queryAs(TextField.class).clear());
        robot.clickOn(".events-filter").write("FAILED");
        assertThat(reasons(robot)).containsExactly("FailedScheduling", "ProvisioningFailed");
        assertThat(renderedRow(robot, 0).get(2)).isEqualTo("FailedScheduling");

        // terms must all match, each in any of the fields: object "pod/…" and type "warning"
        robot.interact(() -> robot.lookup(".events-filter").queryAs(TextField.class).clear());
        robot.clickOn(".events-filter").write("pod warning");
        assertThat(reasons(robot)).containsExactly("FailedScheduling");

        robot.interact(() -> robot.lookup(".events-filter").queryAs(TextField.class).clear());
        robot.clickOn(".events-filter").write("no such thing");
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(robot.lookup("No events match the filter.").tryQuery()).isPresent();
        assertThat(robot.lookup(".events-count").queryLabeled().getText()).isEqualTo("0 of 5 events");
    }

    @Test
    void warningsOnlyHidesNormalEvents(FxRobot robot) {
        robot.clickOn(".events-warnings-only");
        assertThat(robot.lookup(".events-warnings-only").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(reasons(robot)).containsExactly("FailedScheduling", "ProvisioningFailed");
        assertThat(renderedRow(robot, 0).get(1)).isEqualTo("⚠ Warning");
        assertThat(renderedRow(robot, 1).get(1)).isEqualTo("⚠ Warning");

        robot.clickOn(".events-filter").write("data-kubia");
        assertThat(reasons(robot)).containsExactly("ProvisioningFailed");

        robot.clickOn(".events-warnings-only");
        assertThat(reasons(robot)).containsExactly("ProvisioningFailed");
        robot.interact(() -> robot.lookup(".events-filter").queryAs(TextField.class).clear());
        assertThat(reasons(robot)).hasSize(5);
    }

    @Test
    void aNewerEventAppearsOnTopAndTheSelectionStays(FxRobot robot) {
        robot.clickOn("Killing");
        assertThat(table(robot).getSelectionModel().getSelectedItem().reason()).isEqualTo("Killing");

        events.add(event("kubia-2.2", "Pod", "kubia-2", "Normal", "Created",
                "Created container kubia", "2026-11-28T09:09:30Z", 1));
        robot.interact(() -> pane.update(List.copyOf(events), NOW.plusSeconds(30)));

        assertThat(reasons(robot)).containsExactly("Created", "FailedScheduling", "ProvisioningFailed", "Killing", "Pulled", "Scheduled");
        assertThat(renderedRow(robot, 0)).startsWith("60s", "Normal", "Created", "pod/kubia-2");
        assertThat(table(robot).getSelectionModel().getSelectedItem().reason()).isEqualTo("Killing");
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(3);

        // keyboard navigation continues from the kept selection
        robot.type(KeyCode.DOWN);
        assertThat(table(robot).getSelectionModel().getSelectedItem().reason()).isEqualTo("Pulled");
    }

    @Test
    void whenTheSelectedEventGoesNothingIsSelectedAndTheTopRowHasFocus(FxRobot robot) {
        robot.clickOn("Killing");
        events.remove(2);
        robot.interact(() -> pane.update(List.copyOf(events), NOW.plusSeconds(30)));
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isNull();
        assertThat(table(robot).getFocusModel().getFocusedIndex()).isZero();
    }

    @Test
    void followsTheStateByItsJournalInTheOrderASortOfAllEventsGives(FxRobot robot) {
        ClusterState state = new ClusterState();
        EventsPane fromState = new EventsPane();
        Random random = new Random(20261130);
        Instant now = NOW;
        for (int step = 0; step < 400; step++) {
            List<ClusterChange> batch = new ArrayList<>();
            int size = random.nextInt(20) == 0 ? 120 : 1 + random.nextInt(3); // now and then more than is placed one by one
            for (int i = 0; i < size; i++) {
                int n = random.nextInt(40);
                // few distinct times and names, some events without any time, two namespaces: ties of every kind
                String time = random.nextInt(8) == 0 ? null : NOW.minusSeconds(60L * random.nextInt(6)).toString();
                int name = n % 20; // the same names in both namespaces
                Event event = new EventBuilder(event("e" + name % 7, "Pod", "kubia-" + name / 7, random.nextBoolean() ? "Normal" : "Warning",
                        "Reason" + random.nextInt(3), "message", time, 1 + random.nextInt(2)))
                        .editMetadata().withNamespace(n < 20 ? "default" : "other").endMetadata().build();
                batch.add(random.nextInt(5) == 0 ? ClusterChange.delete(event) : ClusterChange.upsert(event));
            }
            state.applyAll(batch);
            now = now.plusMillis(random.nextInt(1500));
            Instant at = now;
            robot.interact(() -> fromState.update(state, at));
            List<Event> expected = state.list(Event.class, Kinds.EVENT).stream().sorted(Comparator.comparing(
                    (Event e) -> EventPrinter.lastSeenInstant(e), Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                    .thenComparing(e -> e.getMetadata().getName())).toList();
            assertThat(fromState.rows().stream().map(EventRow::event).toList()).as("step %d", step).isEqualTo(expected);
            assertThat(fromState.rows()).allSatisfy(row -> assertThat(row.lastSeenProperty().get())
                    .isEqualTo(EventPrinter.lastSeen(row.event(), at)));
        }
    }

    @Test
    void rowsOfUnchangedEventsAreKeptWhenOthersArrive(FxRobot robot) {
        EventRow pulled = table(robot).getItems().stream().filter(r -> r.reason().equals("Pulled")).findFirst().orElseThrow();
        events.add(event("kubia-2.2", "Pod", "kubia-2", "Normal", "Created",
                "Created container kubia", "2026-11-28T09:09:30Z", 1));
        robot.interact(() -> pane.update(List.copyOf(events), NOW.plusSeconds(30)));

        assertThat(table(robot).getItems()).hasSize(6).anySatisfy(r -> assertThat(r).isSameAs(pulled));
        assertThat(pulled.lastSeenProperty().get()).isEqualTo("9m30s"); // its LAST SEEN still moves with the clock
    }

    @Test
    void aCountedEventThatRecursMovesToTheTop(FxRobot robot) {
        Event scheduled = events.get(0);
        events.set(0, new EventBuilder(scheduled).withCount(2).withLastTimestamp("2026-11-28T09:09:00Z").build());
        robot.interact(() -> pane.update(List.copyOf(events), NOW));

        assertThat(renderedRow(robot, 0)).containsExactly(
                "60s", "Normal", "Scheduled", "pod/kubia-0", "Successfully assigned default/kubia-0 to minikube (x2)");
    }

    @Test
    void sameContentChangesNothingAndTheClockOnlyMovesLastSeen(FxRobot robot) {
        AtomicInteger changes = new AtomicInteger();
        TableView<EventRow> table = table(robot);
        robot.interact(() -> table.getItems().addListener((ListChangeListener<EventRow>) c -> changes.incrementAndGet()));
        List<EventRow> before = List.copyOf(table.getItems());

        // equal copies (not the same objects), as a relist would deliver them
        List<Event> copies = events.stream().map(e -> new EventBuilder(e).build()).toList();
        robot.interact(() -> pane.update(copies, NOW));
        robot.interact(() -> pane.update(copies, NOW.plusMillis(400)));
        assertThat(changes).hasValue(0);
        assertThat(table.getItems()).containsExactlyElementsOf(before);

        robot.interact(() -> pane.update(copies, NOW.plusSeconds(120)));
        assertThat(changes).hasValue(0);
        assertThat(renderedRow(robot, 0).get(0)).isEqualTo("7m");
        assertThat(renderedRow(robot, 4).get(0)).isEqualTo("12m");
    }

    @Test
    void tiesAreOrderedByName(FxRobot robot) {
        List<Event> tied = List.of(
                event("b", "Pod", "kubia-1", "Normal", "Started", "Started container kubia", "2026-11-28T09:05:00Z", 1),
                event("a", "Pod", "kubia-0", "Normal", "Started", "Started container kubia", "2026-11-28T09:05:00Z", 1),
                event("c", "Pod", "kubia-2", "Normal", "Pulled", "no time at all", null, 1));
        robot.interact(() -> pane.update(tied, NOW));
        assertThat(table(robot).getItems()).extracting(EventRow::object)
                .containsExactly("pod/kubia-0", "pod/kubia-1", "pod/kubia-2");
        assertThat(renderedRow(robot, 2).get(0)).isEqualTo("<unknown>");

        robot.interact(() -> pane.update(List.of(), NOW));
        assertThat(robot.lookup("No events.").tryQuery()).isPresent();
    }

    @Test
    void aScrolledTableKeepsItsTopRowWhenNewerEventsArrive(FxRobot robot) {
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(event("e" + i, "Pod", "kubia-" + i, "Normal", "Pulled", "pulled " + i,
                    Instant.parse("2026-11-28T08:00:00Z").plusSeconds(i).toString(), 1));
        }
        robot.interact(() -> pane.update(List.copyOf(many), NOW));
        robot.interact(() -> table(robot).scrollTo(20));
        assertThat(firstVisibleMessage(robot)).isEqualTo("pulled 39");

        many.add(event("new", "Pod", "kubia-0", "Warning", "BackOff", "Back-off restarting failed container",
                "2026-11-28T09:09:00Z", 1));
        robot.interact(() -> pane.update(List.copyOf(many), NOW));
        assertThat(table(robot).getItems().get(0).reason()).isEqualTo("BackOff");
        assertThat(firstVisibleMessage(robot)).isEqualTo("pulled 39");

        // at the top, new events simply appear above
        robot.interact(() -> table(robot).scrollTo(0));
        many.add(event("newer", "Pod", "kubia-1", "Normal", "Started", "Started container kubia",
                "2026-11-28T09:09:30Z", 1));
        robot.interact(() -> pane.update(List.copyOf(many), NOW));
        assertThat(renderedRow(robot, 0).get(2)).isEqualTo("Started");
    }

    private static String firstVisibleMessage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = robot.lookup(".events-table .virtual-flow").queryAs(VirtualFlow.class);
        return table(robot).getItems().get(flow.getFirstVisibleCell().getIndex()).message();
    }

    private static TableRow<?> row(FxRobot robot, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".events-table .table-row-cell").queryAll().stream()
                .map(node -> (TableRow<?>) node)
                .filter(r -> r.getIndex() == index && !r.isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("row " + index + " is not rendered"));
    }

    private static Object background(TableRow<?> row) {
        return row.getBackground() == null ? null : row.getBackground().getFills();
    }

    private static Event event(String suffix, String kind, String name, String type, String reason, String message,
            String lastTimestamp, int count) {
        return new EventBuilder()
                .withNewMetadata().withNamespace("default").withName(name + "." + suffix).endMetadata()
                .withNewInvolvedObject().withKind(kind).withNamespace("default").withName(name).endInvolvedObject()
                .withType(type)
                .withReason(reason)
                .withMessage(message)
                .withFirstTimestamp(lastTimestamp)
                .withLastTimestamp(lastTimestamp)
                .withCount(count)
                .withNewSource().withComponent("statefulset-controller").endSource()
                .build();
    }

    @SuppressWarnings("unchecked")
    private static TableView<EventRow> table(FxRobot robot) {
        return robot.lookup(".events-table").queryAs(TableView.class);
    }

    private static List<String> reasons(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return table(robot).getItems().stream().map(EventRow::reason).toList();
    }

    /** The texts the cells of the rendered row {@code index} display, left to right. */
    private static List<String> renderedRow(FxRobot robot, int index) {
        return row(robot, index).lookupAll(".table-cell").stream()
                .map(node -> (TableCell<?, ?>) node)
                .sorted(Comparator.comparingDouble(TableCell::getLayoutX))
                .map(TableCell::getText)
                .toList();
    }
}
