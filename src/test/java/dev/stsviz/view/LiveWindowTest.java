package dev.stsviz.view;

import dev.stsviz.TalksToServer;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.console.CommandResult;
import dev.stsviz.live.LiveClusterSource;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The same window over a live cluster (fabric8's mock API server): no time controls, writes confirmed by context. */
@TalksToServer
@EnableKubernetesMockClient(crud = true)
@ExtendWith(ApplicationExtension.class)
class LiveWindowTest {
    KubernetesClient client;
    private LiveClusterSource source;
    private MainView view;

    @Start
    void start(Stage stage) {
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("minikube").endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus().build()).create();
        client.apps().statefulSets().inNamespace("default").resource((StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0)).create();
        client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("kubia-0").withNamespace("default").endMetadata()
                .withNewSpec().withNodeName("minikube").addNewContainer().withName("kubia").withImage("luksa/kubia-pet").endContainer().endSpec()
                .withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True").endCondition()
                .addNewContainerStatus().withName("kubia").withReady(true).withNewState().withNewRunning().endRunning().endState()
                .endContainerStatus().endStatus().build()).create();
        source = new LiveClusterSource(client, "default", "mock");
        source.start();
        view = new MainView(new ViewSource(source, null, line -> CommandResult.ok("live: " + line + "\n"), "context mock, namespace default",
                (verb, node) -> "docker network " + verb + " minikube " + node),
                ViewPreferences.transientDefaults());
        stage.setScene(new Scene(view.root(), 1400, 900));
        stage.show();
        view.start();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(view::stop);
        source.close();
    }

    private boolean tileShown(FxRobot robot, String text) {
        return robot.lookup(".pod-tile").queryAll().stream().anyMatch(n -> text.equals(n.getAccessibleText()));
    }

    @Test
    void showsTheLiveObjectsWithoutTimeControlsAndConfirmsDeletesNamingTheContext(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tileShown(robot, "kubia-0 1/1 Running"));
        assertThat(robot.lookup("#play").tryQuery()).isEmpty();
        assertThat(robot.lookup("#add-node").tryQuery()).isEmpty();
        assertThat(robot.lookup("#live-status").queryAs(Label.class).getText()).startsWith("mock/default: ");
        Node tile = robot.lookup(".pod-tile").match(n -> "kubia-0 1/1 Running".equals(n.getAccessibleText())).query();
        robot.clickOn(tile);
        robot.clickOn("#delete-pod");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Delete pod kubia-0 in context mock, namespace default?");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(client.pods().inNamespace("default").withName("kubia-0").get()).isNotNull();
        robot.clickOn("#delete-pod");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> client.pods().inNamespace("default").withName("kubia-0").get() == null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tileShown(robot, "kubia-0 1/1 Running"));
    }
}
