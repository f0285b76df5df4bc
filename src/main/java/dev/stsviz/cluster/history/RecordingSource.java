package dev.stsviz.cluster.history;

import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.ClusterState;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A recording as a source, the third kind beside the simulator and a live cluster: what it shows is one moment of
 * the recorded history, its "now" is that moment's time, and nothing can be changed. It is always "the past" (the
 * window says it shows a recording); Back to now goes to the recording's end. It plays its own timeline.
 */
public final class RecordingSource implements ClusterSource, Timeline {
    private static final long TICK_MILLIS = 33;
    private final Recording recording;
    private final String name;
    private final HistoryCursor cursor;
    private final RecordingPlayer player;
    private final ClusterActions actions = PastActions.none();
    private ScheduledExecutorService ticker;

    /**
     * @param name           what the status line calls it: the file's name, or the recorded context
     * @param wallClockNanos the real clock that drives play (System::nanoTime in the app)
     */
    public RecordingSource(Recording recording, String name, LongSupplier wallClockNanos) {
        this.recording = recording;
        this.name = name;
        this.cursor = new HistoryCursor(recording.history());
        this.player = new RecordingPlayer(recording.history(), cursor::moveTo, wallClockNanos);
        cursor.moveTo(recording.history().end());
    }

    public Recording recording() {
        return recording;
    }

    /** Moves the moment shown on while playing; {@link #start()} calls it from a timer. */
    public void tick() {
        player.tick();
    }

    // ---- ClusterSource ----

    /** Starts the timer that plays the timeline (nothing moves until play). */
    @Override
    public synchronized void start() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "recording-player");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void close() {
        player.pause();
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    @Override
    public ClusterState state() {
        return cursor.state();
    }

    @Override
    public ClusterActions actions() {
        return actions;
    }

    @Override
    public Instant now() {
        return shownTime();
    }

    @Override
    public String namespace() {
        return recording.header().namespace();
    }

    /** "recording demo.stsrec t=00:03:10 / 00:12:00", and "playing x4" while it plays. */
    @Override
    public String describeStatus() {
        History h = recording.history();
        String status = "recording " + name + " t=" + clock(Duration.between(h.startTime(), shownTime()))
                + " / " + clock(Duration.between(h.startTime(), h.endTime()));
        return player.isPlaying() ? status + " playing x" + speed(player.speed()) : status;
    }

    private static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    private static String speed(double speed) {
        return speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed);
    }

    // ---- Timeline ----

    @Override
    public History history() {
        return recording.history();
    }

    /** Always: a recording is the past, even at its end. */
    @Override
    public boolean showingPast() {
        return true;
    }

    @Override
    public int shownMoment() {
        return cursor.moment();
    }

    /** The moment's time, or while playing the playhead's (AGE then grows between changes, as it did). */
    @Override
    public Instant shownTime() {
        return player.timeIn(cursor.moment());
    }

    @Override
    public void show(int moment) {
        player.shown(moment);
        cursor.moveTo(moment);
    }

    /** Shows the recording as it was at {@code time} (the playhead there, between changes if so). */
    public void showTime(Instant time) {
        History h = recording.history();
        player.at(time);
        cursor.moveTo(h.momentAt(time));
    }

    /** The recording's end. */
    @Override
    public void backToNow() {
        show(recording.history().end());
    }

    @Override
    public Playback playback() {
        return player;
    }
}
