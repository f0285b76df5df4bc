package dev.stsviz.view;

import dev.stsviz.cluster.SimulatedCluster;
import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Under the toolbar: the time strip over the source's history (with play / pause / speed for a recording), the
 * moment shown, a mark where the oldest history was dropped, and the banner while the past is shown. Its keys:
 * previous / next marker, start, back to now.
 */
final class TimelinePane extends VBox {
    private final Timeline timeline;
    private final SimulatedCluster sim;
    private final boolean recording;
    private final MarkerMoments moments;
    private final TimeStrip strip;
    private final Label shown = new Label();
    private final Label cut = new Label(Texts.get("strip.cut"));
    private final PastBanner banner;
    private final PlaybackControls playback;

    /**
     * @param sim       the simulator (its clock gives t=0), or null
     * @param recording true for a recording: always the past, nothing to change, played with its own controls
     */
    TimelinePane(Timeline timeline, SimulatedCluster sim, boolean recording, ActionRunner background, Consumer<String> report) {
        super(4);
        this.timeline = timeline;
        this.sim = sim;
        this.recording = recording;
        this.moments = new MarkerMoments(timeline);
        this.strip = new TimeStrip(timeline, moments, this::origin);
        this.banner = new PastBanner(this::backToNow, () -> resume(background, report));
        this.playback = recording && timeline.playback() != null ? new PlaybackControls(timeline.playback()) : null;
        getStyleClass().add("timeline-pane");
        shown.getStyleClass().add("clock");
        shown.setId("shown-time");
        shown.setMinWidth(Region.USE_PREF_SIZE);
        cut.getStyleClass().add("time-strip-cut");
        cut.setId("history-cut");
        cut.setMinWidth(Region.USE_PREF_SIZE);
        cut.setTooltip(new Tooltip(Texts.get("strip.cut.tip")));
        HBox.setHgrow(strip, Priority.ALWAYS);
        strip.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("time-strip-row");
        if (playback != null) {
            row.getChildren().add(playback);
        }
        row.getChildren().addAll(cut, strip, shown);
        getChildren().addAll(row, banner);
        refresh();
    }

    /** Called every pulse: labels and the playhead; the strip redraws its ticks only when they changed. */
    void refresh() {
        History history = timeline.history();
        strip.refresh();
        if (playback != null) {
            playback.refresh();
        }
        boolean dropped = history.start() > 0;
        cut.setVisible(dropped);
        cut.setManaged(dropped);
        Instant origin = origin();
        Instant at = timeline.shownTime();
        shown.setText(TimeText.clock(Duration.between(origin, at)) + " / "
                + TimeText.clock(Duration.between(origin, timeline.showingPast() ? history.endTime() : at)).substring(2));
        if (recording) {
            banner.show(Texts.get("past.recording", TimeText.clock(Duration.between(origin, at)),
                    TimeText.ago(Duration.between(at, history.endTime()))), Texts.get("past.recording.why"), false, false);
        } else if (timeline.showingPast()) {
            banner.show(Texts.get("past.banner", TimeText.clock(Duration.between(origin, at)),
                    TimeText.ago(Duration.between(at, timeline.latestTime()))), Texts.get("past.why"), true, timeline.canResume());
        } else {
            banner.show(null, null, false, false);
        }
    }

    /** Where t=00:00:00 is: the simulator's epoch (as its clock counts), else the history's start. */
    private Instant origin() {
        return sim != null ? sim.now().minus(sim.elapsed()) : timeline.history().startTime();
    }

    boolean showingPast() {
        return timeline.showingPast();
    }

    void backToNow() {
        timeline.backToNow();
        refresh();
    }

    void previousMarker() {
        moments.refresh();
        show(moments.previous(timeline.shownMoment()));
    }

    void nextMarker() {
        moments.refresh();
        show(moments.next(timeline.shownMoment()));
    }

    void toStart() {
        show(timeline.history().firstMoment());
    }

    /** Shows the moment at clock time {@code t} (t=00:00:00 being the origin). */
    void showAt(Duration t) {
        show(timeline.history().momentAt(origin().plus(t)));
    }

    private void show(int moment) {
        timeline.show(moment);
        refresh();
    }

    /** The range between the markers around the moment shown (File › Export GIF of this range…). */
    MarkerMoments.Range rangeAroundShown() {
        moments.refresh();
        return moments.around(timeline.shownMoment());
    }

    /** Discards the future after the moment shown, once confirmed, and continues the simulator from there. */
    private void resume(ActionRunner background, Consumer<String> report) {
        String at = TimeText.clock(Duration.between(origin(), timeline.shownTime()));
        if (!DestructiveDialog.confirm(Texts.get("resume.title"), Texts.get("resume.header", at), Texts.get("resume.content"),
                Texts.get("resume.button"))) {
            return;
        }
        background.run(() -> {
            timeline.resumeFromHere();
            return Texts.get("resume.done", at);
        }, report, report);
    }

    TimeStrip strip() {
        return strip;
    }
}
