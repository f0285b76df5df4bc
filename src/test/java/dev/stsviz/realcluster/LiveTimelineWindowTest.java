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
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time strip on a live cluster (the real control plane): a pod deleted and recreated makes markers; the moment
 * before its deletion shows the old pod, with the past's banner and the write buttons off; End comes back to now.
 */
@RealCluster
@ExtendWith(ApplicationExtension.class)
class LiveTimelineWindowTest {
    private final ControlPlane cluster;
    private KubernetesClient admin;
    private LiveSession session;
    private TimeShiftedSource shown;
    private MainView view;
    private Stage stage;

    LiveTimelineWindowTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @org.testfx.framework.junit5.Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (view != null) {
            robot.interact(view::stop);
        }
        if (session != null) {
            session.close();
        }
        if (admin != null) {
            admin.close();
        }
    }

    private static String tile(FxRobot robot, String pod) {
        return robot.lookup(".pod-tile").queryAll().stream().map(Node::getAccessibleText)
                .filter(t -> t != null && t.startsWith(pod + " ")).findFirst().orElse("");
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (RuntimeException changingUnderfoot) {
                return false;
            }
        });
    }

    @Test
    void aDeletedPodIsMarkedAndTheMomentBeforeShowsItAsItWas(FxRobot robot) throws Exception {
        admin = cluster.client("admin");
        String namespace = cluster.createNamespace("timeline");
        ChapterObjects.create(admin, namespace, 2);
        ChapterObjects.awaitReady(admin, namespace, List.of("kubia-0", "kubia-1"));
        session = LiveSession.open(KubeContexts.load(cluster.kubeconfig().toString()), "admin", namespace, false);
        shown = new TimeShiftedSource(session.source());
        shown.start();
        robot.interact(() -> {
            view = new MainView(new ViewSource(shown, null, session.console(), session.target(), session::faultPreview),
                    ViewPreferences.transientDefaults());
            stage.setScene(new Scene(view.root(), 1400, 900));
            stage.show();
            view.start();
        });
        waitFor(30, () -> tile(robot, "kubia-1").startsWith("kubia-1 1/1 Running"));
        String uid = admin.pods().inNamespace(namespace).withName("kubia-1").get().getMetadata().getUid();

        admin.pods().inNamespace(namespace).withName("kubia-1").delete();
        waitFor(90, () -> {
            var now = admin.pods().inNamespace(namespace).withName("kubia-1").get();
            return now != null && !uid.equals(now.getMetadata().getUid()) && tile(robot, "kubia-1").startsWith("kubia-1 1/1 Running");
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
        waitFor(10, () -> tile(robot, "kubia-1").startsWith("kubia-1 1/1 Running"));

        robot.clickOn("#why"); // keys go to the window, not a text field
        robot.press(KeyCode.END).release(KeyCode.END);
        waitFor(10, () -> !robot.lookup("#past-banner").query().isVisible());
        assertThat(robot.lookup("#scale-up").queryButton().isDisabled()).isFalse();
        assertThat(shown.state().get(io.fabric8.kubernetes.api.model.Pod.class, "Pod", namespace, "kubia-1").orElseThrow()
                .getMetadata().getUid()).isNotEqualTo(uid);
    }
}
