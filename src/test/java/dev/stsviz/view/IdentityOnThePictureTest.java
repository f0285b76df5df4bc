package dev.stsviz.view;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.view.model.IncrementalDiagramModel;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter's identity and update points drawn, headless: the StatefulSet card with its partition bar between the
 * right ordinals, each tile's DNS name and revision, IPs behind the Show IPs toggle, and a recreated pod's new IP
 * highlighted beside its unchanged name.
 */
@ExtendWith(ApplicationExtension.class)
class IdentityOnThePictureTest {
    /** The highlight's wall clock, moved by hand: nothing here depends on how fast the machine is. */
    private final AtomicLong wallNanos = new AtomicLong();
    private final IncrementalDiagramModel model = new IncrementalDiagramModel("default");
    private SimulatedClusterSource source;
    private ClusterDiagram diagram;

    @Start
    void start(Stage stage) {
        diagram = new ClusterDiagram(s -> { }, s -> null, wallNanos::get);
        DiagramPane pane = new DiagramPane(diagram);
        BorderPane root = new BorderPane(pane.node());
        root.getStyleClass().add("main-view");
        root.getStylesheets().add(Objects.requireNonNull(MainView.class.getResource("app.css")).toExternalForm());
        stage.setScene(new Scene(root, 1400, 900));
        stage.show();
        source = new SimulatedClusterSource(() -> Simulation.chapterCluster(7, Profile.MODERN), System::nanoTime);
        source.start(false);
    }

    @AfterEach
    void stop() {
        source.close();
    }

    private void runUntil(FxRobot robot, Predicate<Simulation> condition) {
        assertThat(source.runUntil(condition, Duration.ofMinutes(5))).isTrue();
        robot.interact(() -> diagram.update(model.update(source.state()), source.now()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean ready(Simulation sim, String name) {
        Pod pod = sim.api().get(Pod.class, Kinds.POD, "default", name);
        return pod != null && Pods.isRunningAndReady(pod) && !Pods.isTerminating(pod);
    }

    private Node tilePart(FxRobot robot, String pod, String styleClass) {
        return robot.from(diagram.podTile(pod)).lookup("." + styleClass).query();
    }

    private static String text(Node label) {
        return ((Label) label).getText();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theCardDrawsThePartitionBetweenTheOrdinalsAndTilesSayTheirRevision(FxRobot robot) {
        source.actions().scale("default", "kubia", 3);
        runUntil(robot, sim -> ready(sim, "kubia-2"));
        source.withSimulation(sim -> {
            SimulationConsoleBackend console = new SimulationConsoleBackend(sim);
            console.patch(Kinds.STATEFUL_SET, "default", "kubia", "{\"spec\":{\"updateStrategy\":{\"rollingUpdate\":{\"partition\":1}}}}", true);
            return console.patch(Kinds.STATEFUL_SET, "default", "kubia",
                    "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"kubia\",\"image\":\"luksa/kubia-pet-peers\"}]}}}}", true);
        });
        // midway: kubia-2 runs the update, kubia-1 and kubia-0 do not yet
        runUntil(robot, sim -> sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia").getStatus()
                .getUpdatedReplicas() == 1 && ready(sim, "kubia-2"));

        StatefulSetCard card = diagram.statefulSetCard("kubia");
        assertThat(card).isNotNull();
        assertThat(robot.from(card).lookup(".sts-card-counts").queryLabeled().getText())
                .startsWith("replicas 3 desired · ").contains("1 updated");
        assertThat(robot.from(card).lookup(".sts-card-line").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).isEqualTo("RollingUpdate · partition 1 · OrderedReady"))
                .anySatisfy(t -> assertThat(t).matches("current [0-9a-z]{5} → update [0-9a-z]{5} \\(rolling out\\)"));
        Label chip0 = robot.from(card).lookup("#chip-kubia-0").queryAs(Label.class);
        Label chip1 = robot.from(card).lookup("#chip-kubia-1").queryAs(Label.class);
        Label chip2 = robot.from(card).lookup("#chip-kubia-2").queryAs(Label.class);
        Label bar = robot.from(card).lookup("#partition-kubia").queryAs(Label.class);
        assertThat(chip0.getText()).isEqualTo("kubia-0\nold");
        assertThat(chip2.getText()).isEqualTo("kubia-2\nnew");
        assertThat(bar.getText()).startsWith("partition 1");
        Bounds b0 = chip0.localToScene(chip0.getBoundsInLocal());
        Bounds bb = bar.localToScene(bar.getBoundsInLocal());
        Bounds b1 = chip1.localToScene(chip1.getBoundsInLocal());
        assertThat(bb.getMinX()).isGreaterThanOrEqualTo(b0.getMaxX()); // the bar stands between kubia-0 and kubia-1
        assertThat(bb.getMaxX()).isLessThanOrEqualTo(b1.getMinX());
        // the card is above the node columns
        Bounds column = diagram.nodeColumn("minikube").localToScene(diagram.nodeColumn("minikube").getBoundsInLocal());
        assertThat(card.localToScene(card.getBoundsInLocal()).getMaxY()).isLessThan(column.getMinY());

        assertThat(text(tilePart(robot, "kubia-2", "pod-dns"))).isEqualTo("kubia-2.kubia.default\n.svc.cluster.local");
        assertThat(text(tilePart(robot, "kubia-2", "pod-revision"))).matches("rev [0-9a-z]{5} · new");
        assertThat(text(tilePart(robot, "kubia-0", "pod-revision"))).matches("rev [0-9a-z]{5} · old");
        assertThat(shown(tilePart(robot, "kubia-2", "pod-dns"))).isTrue();
    }

    @Test
    void showIpsAndANewIpAfterRecreation(FxRobot robot) {
        runUntil(robot, sim -> ready(sim, "kubia-1"));
        String oldIp = source.state().get(Pod.class, Kinds.POD, "default", "kubia-0").orElseThrow().getStatus().getPodIP();
        Node ipLine = tilePart(robot, "kubia-0", "pod-ip-line");
        assertThat(shown(ipLine)).isFalse(); // on hover only, until the toggle is on
        robot.clickOn("#show-ips");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(ipLine)).isTrue();
        assertThat(text(tilePart(robot, "kubia-0", "pod-ip"))).isEqualTo("IP " + oldIp);
        robot.clickOn("#show-ips");
        WaitForAsyncUtils.waitForFxEvents();

        String oldUid = source.state().get(Pod.class, Kinds.POD, "default", "kubia-0").orElseThrow().getMetadata().getUid();
        source.actions().deletePod("default", "kubia-0");
        runUntil(robot, sim -> ready(sim, "kubia-0")
                && !oldUid.equals(sim.api().get(Pod.class, Kinds.POD, "default", "kubia-0").getMetadata().getUid()));
        String newIp = source.state().get(Pod.class, Kinds.POD, "default", "kubia-0").orElseThrow().getStatus().getPodIP();
        assertThat(newIp).isNotEqualTo(oldIp);
        // Show IPs is off, yet the new IP shows, with a badge and the old one beside the unchanged name
        assertThat(shown(tilePart(robot, "kubia-0", "pod-ip-line"))).isTrue();
        assertThat(text(tilePart(robot, "kubia-0", "pod-ip"))).isEqualTo("IP " + newIp);
        assertThat(shown(tilePart(robot, "kubia-0", "new-ip-badge"))).isTrue();
        assertThat(text(tilePart(robot, "kubia-0", "new-ip-badge"))).isEqualTo(Texts.get("identity.newIp"));
        assertThat(text(tilePart(robot, "kubia-0", "pod-ip-was"))).isEqualTo(Texts.get("identity.was", oldIp)).contains(oldIp);
        assertThat(text(tilePart(robot, "kubia-0", "pod-dns"))).isEqualTo("kubia-0.kubia.default\n.svc.cluster.local");
        assertThat(text(tilePart(robot, "kubia-1", "pod-ip-line").lookup(".pod-ip"))).startsWith("IP ");
        assertThat(shown(tilePart(robot, "kubia-1", "pod-ip-line"))).isFalse(); // kubia-1 was not recreated

        // once the highlight's time is over, the IP goes back to hover (or the toggle)
        wallNanos.addAndGet(Duration.ofMillis(IdentityDisplay.HIGHLIGHT_MILLIS + 1).toNanos());
        robot.clickOn("#show-ips");
        robot.clickOn("#show-ips");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(tilePart(robot, "kubia-0", "pod-ip-line"))).isFalse();
        assertThat(PodIdentityLines.describe(diagram.podTile("kubia-0") instanceof PodTile t ? t.view().identity() : null))
                .contains("kubia-0.kubia.default.svc.cluster.local").contains("IP " + newIp + " (was " + oldIp);
    }
}
