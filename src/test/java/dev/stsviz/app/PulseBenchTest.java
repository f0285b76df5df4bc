package dev.stsviz.app;

import dev.stsviz.bench.PulseTimes;
import dev.stsviz.view.PulseBenchmark;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** pulse_ms_20k's measurement runs through the real window at a small size and yields every part. No timed assertions. */
@ExtendWith(ApplicationExtension.class)
class PulseBenchTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
    }

    @Test
    void measuresWholePulsesByPart() {
        PulseTimes times = new JavaFxFrameBench().pulse(600, 20, 6, 12);

        for (PulseTimes.Median kind : List.of(times.change(), times.tick(), times.selected())) {
            assertThat(kind.millis()).isPositive();
            assertThat(kind.parts().keySet()).containsExactly("status", "diagram", "why", "actions", "events", "details",
                    PulseBenchmark.CSS, PulseBenchmark.LAYOUT);
        }
    }
}
