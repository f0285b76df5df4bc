package dev.stsviz.view;

import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A profile switch runs in the background; the pulses meanwhile must not put the old profile back in the choice. */
@ExtendWith(ApplicationExtension.class)
class TimeBarTest {
    private final ActionRunner background = new ActionRunner();
    private SimulatedClusterSource source;
    private TimeBar bar;

    @Start
    void start(Stage stage) {
        source = new SimulatedClusterSource(() -> Simulation.chapterCluster(1, Profile.MODERN), System::nanoTime);
        source.start(false);
        bar = new TimeBar(source, background, message -> { });
        stage.setScene(new Scene(bar, 1200, 80));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.close();
        source.close();
    }

    @Test
    void aPulseDuringTheSwitchKeepsTheChoiceTheUserMade(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ChoiceBox<String> choice = robot.lookup("#profile").queryAs(ChoiceBox.class);
        CountDownLatch hold = new CountDownLatch(1);
        background.run(() -> { // the actions thread is busy: the switch waits behind this
            try {
                return hold.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, done -> { }, error -> { });
        robot.interact(() -> choice.setValue("book"));
        robot.interact(bar::refresh); // a pulse while the simulator still runs the modern profile
        assertThat(source.profile()).isEqualTo(Profile.MODERN);
        assertThat(choice.getValue()).isEqualTo("book");

        hold.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> source.profile() == Profile.BOOK);
        robot.interact(bar::refresh);
        assertThat(choice.getValue()).isEqualTo("book");
    }
}
