package dev.stsviz.view;

import dev.stsviz.cluster.SimulatedCluster;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.List;
import java.util.function.Consumer;

/** Play / pause, step to the next event, speed ×0.25 to ×100, the virtual clock, and the fidelity profile. */
final class TimeBar extends HBox {
    static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0);
    private final SimulatedCluster sim;
    private final Button play = new Button();
    private final Label clock = new Label();
    private final Label explanation = new Label();
    private final ChoiceBox<String> profile = new ChoiceBox<>();
    /** The profile the user picked while the simulator has not switched yet (FX thread only). */
    private String requested;

    TimeBar(SimulatedCluster sim, ActionRunner background, Consumer<String> report) {
        super(8);
        this.sim = sim;
        getStyleClass().add("time-bar");
        setAlignment(Pos.CENTER_LEFT);
        play.setId("play");
        play.setOnAction(e -> togglePlay());
        Button step = new Button("▶| Step");
        step.setId("step");
        step.setTooltip(new Tooltip("Pause and run the next simulated event"));
        step.setOnAction(e -> background.run(sim::step, label -> report.accept(label == null ? "nothing pending" : "ran: " + label),
                report));
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speed");
        speed.getItems().setAll(SPEEDS);
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : "×" + (v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString());
            }

            @Override
            public Double fromString(String s) {
                return Double.parseDouble(s.replace("×", ""));
            }
        });
        speed.setValue(sim.speed());
        speed.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                sim.setSpeed(b);
            }
        });
        clock.getStyleClass().add("clock");
        clock.setId("clock");
        profile.getItems().setAll(sim.profileIds());
        profile.setId("profile");
        profile.setValue(sim.profileId());
        profile.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(sim.profileId())) {
                requested = b;
                background.run(() -> {
                    sim.setProfile(b);
                    return b;
                }, p -> report.accept("profile " + p), error -> {
                    requested = null;
                    report.accept(error);
                });
            }
        });
        explanation.getStyleClass().add("profile-explanation");
        explanation.setWrapText(true);
        getChildren().addAll(play, step, new Label("Speed"), speed, clock, new Label("Profile"), profile, explanation);
        refresh();
    }

    private void togglePlay() {
        if (sim.isPlaying()) {
            sim.pause();
        } else {
            sim.play();
        }
        refresh();
    }

    /** Called every pulse: cheap label updates only. */
    void refresh() {
        play.setText(sim.isPlaying() ? "❚❚ Pause" : "▶ Play");
        long s = sim.elapsed().toSeconds();
        clock.setText(String.format("t=%02d:%02d:%02d · %s UTC", s / 3600, (s / 60) % 60, s % 60,
                java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneOffset.UTC).format(sim.now())));
        String p = sim.profileId();
        if (requested != null && requested.equals(p)) {
            requested = null; // the switch the user asked for is done
        }
        // while a switch is on its way, the choice shows what was asked for, not the profile it replaces
        if (p != null && requested == null && !p.equals(profile.getValue())) {
            profile.setValue(p);
        }
        explanation.setText(p == null ? "" : sim.profileExplanation(p));
    }
}
