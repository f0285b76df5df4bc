package dev.stsviz.view;

import dev.stsviz.sim.Profile;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview window shows kubectl's tables of the simulated cluster, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class PlaceholderWindowTest {
    private final AtomicLong wall = new AtomicLong();
    private SimulatedClusterSource source;

    @Start
    void start(Stage stage) {
        source = new SimulatedClusterSource(() -> Simulation.chapterCluster(5, Profile.MODERN), wall::get);
        source.start(false);
        source.advance(Duration.ofSeconds(30));
        new PlaceholderWindow(source).show(stage);
    }

    @AfterEach
    void stop() {
        source.close();
    }

    @Test
    void showsThePodsAndClaimsAsKubectlPrintsThem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextArea text = robot.lookup(".text-area").queryAs(TextArea.class);
        assertThat(text.getText()).contains("$ kubectl get pods -o wide", "kubia-0   1/1     Running", "kubia-1   1/1     Running",
                "data-kubia-0   Bound", "minikube-m02   Ready");
        robot.clickOn("Play");
        assertThat(source.isPlaying()).isTrue();
        robot.clickOn("Pause");
        assertThat(source.isPlaying()).isFalse();
    }
}
