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
        PulseTimes times = new JavaFxFrameBench().pulse(600, 20, 6, 10);

        assertThat(times.millis()).isPositive();
        assertThat(times.selectedMillis()).isPositive();
        assertThat(times.parts()).containsOnlyKeys("status", "diagram", "why", "actions", "events", "details",
                PulseBenchmark.CSS_AND_LAYOUT);
        assertThat(times.parts().keySet()).endsWith(PulseBenchmark.CSS_AND_LAYOUT);
    }
}
