package dev.stsviz.app;

import dev.stsviz.TalksToServer;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.view.SourceBar;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The source picker: from the simulator to a live context (the mock API server) and back, in the real window frame. */
@TalksToServer
@EnableKubernetesMockClient(crud = true)
@ExtendWith(ApplicationExtension.class)
class SourceSwitchTest {
    KubernetesClient client;
    private AppShell shell;

    @Start
    void start(Stage stage) throws Exception {
        Path kubeconfig = Files.createTempFile("kubeconfig", ".yaml");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster: {server: "%s", insecure-skip-tls-verify: true}
                contexts:
                - name: mock
                  context: {cluster: mock, user: u, namespace: default}
                current-context: mock
                users:
                - name: u
                  user: {token: t}
                """.formatted(client.getMasterUrl()));
        shell = new AppShell(new AppContext(cluster -> Simulation.chapterCluster(1, Profile.MODERN, cluster, 0),
                dev.stsviz.sim.context.ClusterPreset.MINIKUBE, kubeconfig.toString(), null, null, false), stage, dev.stsviz.view.ViewPreferences.transientDefaults());
        shell.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchesToALiveContextAndBack(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#play").tryQuery()).isPresent();
        ChoiceBox<String> source = robot.lookup("#source").queryAs(ChoiceBox.class);
        assertThat(source.getItems()).containsExactly("Simulator: minikube", "Simulator: kind", "Simulator: gke", "mock");
        robot.interact(() -> source.setValue("mock"));
        robot.clickOn("#connect");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#live-status").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#live-status").queryAs(Label.class).getText().startsWith("mock/default: watching"));
        assertThat(robot.lookup("#play").tryQuery()).isEmpty();
        robot.interact(() -> source.setValue(SourceBar.simulatorItem("gke")));
        robot.clickOn("#connect");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#play").tryQuery()).isPresent();
        assertThat(robot.lookup("#live-status").tryQuery()).isEmpty();
        // the node columns (not the column of pods yet to be scheduled) are a simulated GKE cluster's nodes
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".node-title").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> !"unscheduled".equals(t))
                .filter(t -> t.startsWith("gke-kubia-default-pool-")).count() == 3);
    }
}
