package dev.stsviz.view;

import dev.stsviz.cluster.SimulatedCluster;
import dev.stsviz.cluster.history.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/**
 * Play / pause, step to the next visible change (Shift: the next engine event), speed ×0.25 to ×100, the virtual clock, and the fidelity profile. The
 * controls wrap to a new row rather than shrink to "…"; the profile's explanation takes its own row below them.
 * Until the simulator first plays, a hint says how to start it.
 */
final class TimeBar extends VBox {
    static final String START_HINT = Texts.get("time.hint");
    static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0);
    private final SimulatedCluster sim;
    private final Timeline timeline;
    private final ActionRunner background;
    private final Consumer<String> report;
    /** Shift was down when Step was pressed: run the engine's single next event. */
    private boolean shiftStep;
    private final Button play = new Button();
    private final Label clock = new Label();
    private final Label explanation = new Label();
    private final Label startHint = new Label(START_HINT);
    /** Once the simulator has played (or its clock moved), the start hint is gone for good. */
    private boolean started;
    private final ChoiceBox<String> profile = new ChoiceBox<>();
    /** The profile the user picked while the simulator has not switched yet (FX thread only). */
    private String requested;

    TimeBar(SimulatedCluster sim, ActionRunner background, Consumer<String> report) {
        this(sim, null, background, report);
    }

    /** @param timeline the history the window shows, or null: then Step always steps the simulator */
    TimeBar(SimulatedCluster sim, Timeline timeline, ActionRunner background, Consumer<String> report) {
        super(2);
        this.sim = sim;
        this.timeline = timeline;
        this.background = background;
        this.report = report;
        getStyleClass().add("time-bar");
        play.setId("play");
        WidestText.keepWidthFor(play, PLAY, PAUSE); // the label changes; Step, Speed and Profile must not move
        play.setOnAction(e -> togglePlay());
        Button step = new Button(Texts.get("time.step"));
        step.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        step.setId("step");
        step.setTooltip(new Tooltip(Texts.get("time.step.tip")));
        // a button's action does not say which keys were down: the press does
        step.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> shiftStep = e.isShiftDown());
        step.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> shiftStep = e.isShiftDown());
        step.setOnAction(e -> {
            step(shiftStep);
            shiftStep = false;
        });
        ComboBox<Double> speed = speedBox(sim.speed(), sim::setSpeed);
        speed.setId("speed");
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
        explanation.setId("profile-explanation");
        explanation.setWrapText(true);
        explanation.setMaxWidth(Double.MAX_VALUE);
        Tooltip why = new Tooltip();
        why.setWrapText(true);
        why.setMaxWidth(500);
        why.textProperty().bind(explanation.textProperty());
        profile.setTooltip(why);
        startHint.getStyleClass().add("start-hint");
        startHint.setId("start-hint");
        startHint.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane controls = new FlowPane(12, 4, ActionBar.group(play, step), ActionBar.group(new Label(Texts.get("time.speed")), speed),
                ActionBar.group(clock), ActionBar.group(new Label(Texts.get("time.profile")), profile), startHint);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setRowValignment(javafx.geometry.VPos.CENTER);
        controls.getStyleClass().add("time-controls");
        getChildren().addAll(controls, explanation);
        refresh();
    }

    /** The ×0.25 to ×100 choice, shared with a recording's playback. */
    static ComboBox<Double> speedBox(double initial, java.util.function.DoubleConsumer onChange) {
        ComboBox<Double> speed = new ComboBox<>();
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
        speed.setValue(initial);
        speed.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                onChange.accept(b);
            }
        });
        return speed;
    }

    /**
     * Step: at now, runs the simulator until the picture changes (Shift: the engine's single next event); in the
     * past, moves the playhead to the history's next change instead.
     */
    private void step(boolean single) {
        if (timeline != null && timeline.showingPast()) {
            timeline.show(timeline.history().nextChange(timeline.shownMoment()));
            return;
        }
        background.run(single ? sim::step : sim::stepToNextChange,
                label -> report.accept(label == null ? "nothing pending" : "ran: " + label), report);
    }

    private void togglePlay() {
        if (sim.isPlaying()) {
            sim.pause();
        } else {
            play();
        }
        refresh();
    }

    /** Plays at now: time moves only there, so a window showing the past comes back to it first. */
    void play() {
        if (timeline != null && timeline.showingPast()) {
            timeline.backToNow();
        }
        sim.play();
    }

    static final String PLAY = Texts.get("time.play");
    static final String PAUSE = Texts.get("time.pause");

    /** The explanation row (hidden in projector mode, where the profile's tooltip still has it). */
    void showExplanation(boolean show) {
        explanation.setVisible(show);
        explanation.setManaged(show);
    }

    /** Called every pulse: cheap label updates only. */
    void refresh() {
        play.setText(sim.isPlaying() ? PAUSE : PLAY);
        started |= sim.isPlaying() || !sim.elapsed().isZero();
        startHint.setVisible(!started);
        startHint.setManaged(!started);
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
