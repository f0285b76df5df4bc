package dev.stsviz.cluster.history;

import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.ControllerClocks;
import dev.stsviz.cluster.ControllerTimers;
import dev.stsviz.cluster.print.HumanDuration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * A source as the window shows it: now, or any moment of its history. Every change the source applies is recorded
 * in a {@link History}; while the window follows now the shown state takes the same changes at once (no decoding),
 * and when a past moment is shown the state is moved there and {@link #now()} is that moment's time. Actions are
 * refused in the past.
 */
public final class TimeShiftedSource implements ClusterSource, Timeline {
    private final ClusterSource source;
    private final History history;
    private final HistoryCursor cursor;
    private final ClusterActions actions;
    private volatile boolean past;
    private volatile Consumer<Instant> resumer;

    public TimeShiftedSource(ClusterSource source) {
        this(source, new History());
    }

    public TimeShiftedSource(ClusterSource source, History history) {
        this.source = source;
        this.history = history;
        this.cursor = new HistoryCursor(history);
        this.actions = new PastActions(source.actions(), () -> past);
        ClusterState state = source.state();
        state.addRecorder(new ClusterState.Recorder() {
            @Override
            public void changed(List<ClusterChange> changes) {
                record(changes);
            }

            @Override
            public void unreadable(String kind) {
                cursor.state().markUnreadable(kind); // a hidden kind is hidden at every moment, not gone
            }

            @Override
            public void cleared() {
                synchronized (cursor) {
                    history.clear();
                    cursor.reset();
                    past = false;
                }
            }
        });
        state.unreadableKinds().forEach(cursor.state()::markUnreadable);
        List<ClusterChange> already = state.all().stream().map(ClusterChange::upsert).toList();
        if (!already.isEmpty()) { // a source started before it was wrapped: what it holds is where history begins
            record(already);
        }
    }

    private void record(List<ClusterChange> changes) {
        synchronized (cursor) {
            history.record(source.now(), changes);
            if (!past) {
                cursor.follow(changes, history.end());
            }
        }
    }

    /** The simulator's way to continue from a past time (it re-runs up to it); null for other sources. */
    public void resumeWith(Consumer<Instant> resumer) {
        this.resumer = resumer;
    }

    /** The source behind: what the console, lessons and actions at now talk to. */
    public ClusterSource source() {
        return source;
    }

    // ---- Timeline ----

    @Override
    public History history() {
        return history;
    }

    @Override
    public boolean showingPast() {
        return past;
    }

    @Override
    public int shownMoment() {
        return cursor.moment();
    }

    @Override
    public Instant shownTime() {
        return past ? history.timeOf(cursor.moment()) : source.now();
    }

    @Override
    public Instant latestTime() {
        return source.now();
    }

    @Override
    public void show(int moment) {
        synchronized (cursor) {
            past = moment < history.end();
            cursor.moveTo(moment);
        }
    }

    @Override
    public void backToNow() {
        show(Integer.MAX_VALUE);
    }

    @Override
    public boolean canResume() {
        return resumer != null;
    }

    @Override
    public void resumeFromHere() {
        Consumer<Instant> r = resumer;
        if (r == null) {
            Timeline.super.resumeFromHere();
        }
        Instant at = shownTime();
        r.accept(at); // re-runs the source up to that time: the history is recorded again, the same up to there
        backToNow();
    }

    // ---- ClusterSource ----

    @Override
    public void start() {
        source.start();
    }

    @Override
    public void close() {
        source.close();
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
        return source.namespace();
    }

    @Override
    public Instant staleSince() {
        return past ? null : source.staleSince();
    }

    @Override
    public ControllerClocks clocks() {
        ControllerClocks now = source.clocks();
        if (!past) {
            return now;
        }
        ControllerClocks then = pastClocks;
        if (then == null || !then.equals(now.estimated())) { // one object while it holds: readers compare by identity
            then = now.estimated();
            pastClocks = then;
        }
        return then;
    }

    /** The source's clocks as estimates: a past moment's controller timers were not recorded. */
    private volatile ControllerClocks pastClocks;

    @Override
    public ControllerTimers timers() {
        return past ? ControllerTimers.NONE : source.timers();
    }

    @Override
    public String describeStatus() {
        if (!past) {
            return source.describeStatus();
        }
        Duration ago = Duration.between(shownTime(), source.now());
        return "showing the past, " + HumanDuration.format(ago) + " ago";
    }
}
