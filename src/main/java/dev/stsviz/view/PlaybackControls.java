package dev.stsviz.view;

import dev.stsviz.cluster.history.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Play / pause and speed over a recording's timeline (a recording has no simulator clock to drive). */
final class PlaybackControls extends HBox {
    private final Timeline.Playback playback;
    private final Button play = new Button();

    PlaybackControls(Timeline.Playback playback) {
        super(6);
        this.playback = playback;
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(Region.USE_PREF_SIZE);
        getStyleClass().add("bar-group");
        play.setId("replay-play");
        WidestText.keepWidthFor(play, TimeBar.PLAY, TimeBar.PAUSE);
        play.setOnAction(e -> {
            if (playback.isPlaying()) {
                playback.pause();
            } else {
                playback.play();
            }
            refresh();
        });
        ComboBox<Double> speed = TimeBar.speedBox(playback.speed(), playback::setSpeed);
        speed.setId("replay-speed");
        getChildren().addAll(play, new Label(Texts.get("time.speed")), speed);
        refresh();
    }

    void refresh() {
        play.setText(playback.isPlaying() ? TimeBar.PAUSE : TimeBar.PLAY);
    }
}
