package dev.stsviz.realcluster;

import dev.stsviz.cluster.history.Marker;
import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import dev.stsviz.view.MainView;
import dev.stsviz.view.ViewPreferences;
import dev.stsviz.view.ViewSource;
import io.fabric8.kubernetes.client.KubernetesClient;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on the real control plane: a namespace other than default is drawn and acted on; Enter cancels a
 * force delete; a connection that stops answering greys the picture under a banner; a student sees neutral node columns and
 * only the buttons it may use; a deleted pod is marked on the time strip and the moment before it shows it as it was.
 */
@RealCluster
@ExtendWith(ApplicationExtension.class)
class RealClusterWindowTest {
    private final ControlPlane cluster;
    private KubernetesClient admin;
    private LiveSession session;
    private TimeShiftedSource shown;
    private MainView view;
    private Stage stage;
    private PausableTcpProxy proxy;

    RealClusterWindowTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @org.testfx.framework.junit5.Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, String context, String namespace) {
        show(robot, cluster.kubeconfig(), context, namespace);
    }

    private void show(FxRobot robot, java.nio.file.Path kubeconfig, String context, String namespace) {
        session = LiveSession.open(KubeContexts.load(kubeconfig.toString()), context, namespace, false);
        shown = new TimeShiftedSource(session.source()); // as the app shows a live cluster: with its history from the start
        shown.start();
        robot.interact(() -> {
            view = new MainView(new ViewSource(shown, null, session.console(), session.target(), session::faultPreview),
                    ViewPreferences.transientDefaults());
            stage.setScene(new Scene(view.root(), 1400, 900));
            stage.show();
            view.start();
        });
    }

    @AfterEach
    void stop(FxRobot robot) throws java.io.IOException {
        if (view != null) {
            robot.interact(view::stop);
        }
        if (session != null) {
            session.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (admin != null) {
            admin.close();
        }
    }

    private static boolean tileShown(FxRobot robot, String text) {
        return robot.lookup(".pod-tile").queryAll().stream().anyMatch(n -> text.equals(n.getAccessibleText()));
    }

    private static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        // lookups run on the test thread while the FX thread may be rebuilding the diagram: read again until stable
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (RuntimeException changingUnderfoot) {
                return false;
            }
        });
    }

    @Test
    void anotherNamespaceIsDrawnScaledAndAnOutageGreysThePicture(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        admin = cluster.client("admin");
        String namespace = cluster.createNamespace("window");
        ChapterObjects.create(admin, namespace, 2);
        ChapterObjects.awaitReady(admin, namespace, List.of("kubia-0", "kubia-1"));
        // through a proxy that can go silent: an outage without restarting the shared API server
        proxy = new PausableTcpProxy(cluster.port());
        java.nio.file.Path kubeconfig = java.nio.file.Files.writeString(dir.resolve("kubeconfig"), java.nio.file.Files
                .readString(cluster.kubeconfig()).replace("https://127.0.0.1:" + cluster.port(), "https://127.0.0.1:" + proxy.port()));
        show(robot, kubeconfig, "admin", namespace);
        waitFor(30, () -> tileShown(robot, "kubia-0 1/1 Running") && tileShown(robot, "kubia-1 1/1 Running"));
        assertThat(robot.lookup(".claim-tile").queryAll()).hasSize(2);

        robot.clickOn("#scale-up");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Scale statefulset kubia to 3 replicas in context admin, namespace " + namespace + "?");
        robot.clickOn("OK");
        waitFor(60, () -> tileShown(robot, "kubia-2 1/1 Running"));

        Node tile = robot.lookup(".pod-tile").match(n -> "kubia-2 1/1 Running".equals(n.getAccessibleText())).query();
        robot.clickOn(tile);
        robot.clickOn("#force-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#destructive-action").queryAs(Button.class).isDefaultButton()).isFalse();
        robot.type(KeyCode.ENTER); // Enter is Cancel on a destructive dialog
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#destructive-action").tryQuery()).isEmpty();
        Thread.sleep(1000);
        assertThat(admin.pods().inNamespace(namespace).withName("kubia-2").get().getMetadata().getDeletionTimestamp()).isNull();

        Label stale = robot.lookup("#stale").queryAs(Label.class);
        assertThat(stale.isVisible()).isFalse();
        proxy.pause();
        try {
            waitFor(10, stale::isVisible);
            assertThat(stale.getText()).startsWith("⚠ Connection to the API server lost at ");
            assertThat(robot.lookup("#live-status").queryAs(Label.class).getText())
                    .startsWith("admin/" + namespace + ": connection lost at ");
        } finally {
            proxy.resume();
        }
        waitFor(30, () -> !stale.isVisible());
        waitFor(30, () -> tileShown(robot, "kubia-2 1/1 Running"));
        ChapterObjects.delete(admin, namespace);
    }

    @Test
    void aStudentSeesNeutralNodeColumnsAndOnlyTheButtonsItMayUse(FxRobot robot) throws Exception {
        admin = cluster.client("admin");
        ChapterObjects.create(admin, "default", 1);
        try {
            ChapterObjects.awaitReady(admin, "default", List.of("kubia-0"));
            show(robot, "student", null);
            waitFor(30, () -> tileShown(robot, "kubia-0 1/1 Running"));
            String node = admin.pods().inNamespace("default").withName("kubia-0").get().getSpec().getNodeName();
            Node column = robot.lookup(".node-column").match(n -> n.getAccessibleText() != null
                    && n.getAccessibleText().startsWith("node " + node)).query();
            assertThat(column.getAccessibleText()).isEqualTo("node " + node + " status not visible (no permission to read nodes)");
            assertThat(robot.lookup(".node-column").queryAll().stream().map(Node::getAccessibleText))
                    .noneMatch(text -> String.valueOf(text).contains("Gone"));
            waitFor(30, () -> robot.lookup("#live-status").queryAs(Label.class).getText().contains("patch nodes"));
            robot.clickOn(column.lookup(".node-title"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#cordon").queryAs(Button.class).isDisabled()).isTrue();
            assertThat(robot.lookup("#scale-up").queryAs(Button.class).isDisabled()).isFalse();
            Node tile = robot.lookup(".pod-tile").match(n -> "kubia-0 1/1 Running".equals(n.getAccessibleText())).query();
            robot.clickOn(tile);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#delete-pod").queryAs(Button.class).isDisabled()).isFalse();
        } finally {
            ChapterObjects.delete(admin, "default");
            ControlPlane.waitUntil(ChapterObjects.READY, "default emptied", () -> admin.pods().inNamespace("default").list().getItems().isEmpty());
        }
    }

    @Test
    void aDeletedPodIsMarkedAndTheMomentBeforeShowsItAsItWas(FxRobot robot) throws Exception {
        admin = cluster.client("admin");
        String namespace = cluster.createNamespace("timeline");
        ChapterObjects.create(admin, namespace, 2);
        ChapterObjects.awaitReady(admin, namespace, List.of("kubia-0", "kubia-1"));
        show(robot, "admin", namespace);
        waitFor(30, () -> tileShown(robot, "kubia-1 1/1 Running"));
        String uid = admin.pods().inNamespace(namespace).withName("kubia-1").get().getMetadata().getUid();

        admin.pods().inNamespace(namespace).withName("kubia-1").delete();
        waitFor(90, () -> {
            var now = admin.pods().inNamespace(namespace).withName("kubia-1").get();
            return now != null && !uid.equals(now.getMetadata().getUid()) && tileShown(robot, "kubia-1 1/1 Running");
        });
        assertThat(shown.history().markers()).extracting(Marker::label)
                .contains("pod kubia-1 Terminating", "pod kubia-1 deleted", "pod kubia-1 created");
        assertThat(robot.lookup("#past-banner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#scale-up").queryButton().isDisabled()).isFalse();

        Marker terminating = shown.history().markers().stream().filter(m -> m.label().equals("pod kubia-1 Terminating"))
                .findFirst().orElseThrow();
        robot.interact(() -> shown.show((int) terminating.index())); // just before it: the old pod, not yet deleted
        waitFor(10, () -> robot.lookup("#past-banner").query().isVisible());
        assertThat(robot.lookup("#past-text").queryAs(Label.class).getText()).startsWith("◀◀ Showing the past: t=00:00:");
        assertThat(robot.lookup("#scale-up").queryButton().isDisabled()).isTrue();
        assertThat(shown.state().get(io.fabric8.kubernetes.api.model.Pod.class, "Pod", namespace, "kubia-1").orElseThrow()
                .getMetadata().getUid()).isEqualTo(uid);
        waitFor(10, () -> tileShown(robot, "kubia-1 1/1 Running"));

        robot.clickOn("#why"); // keys go to the window, not a text field
        robot.press(KeyCode.END).release(KeyCode.END);
        waitFor(10, () -> !robot.lookup("#past-banner").query().isVisible());
        assertThat(robot.lookup("#scale-up").queryButton().isDisabled()).isFalse();
        assertThat(shown.state().get(io.fabric8.kubernetes.api.model.Pod.class, "Pod", namespace, "kubia-1").orElseThrow()
                .getMetadata().getUid()).isNotEqualTo(uid);
    }
}
