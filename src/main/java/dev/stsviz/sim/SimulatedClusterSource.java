package dev.stsviz.sim;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.ControllerClocks;
import dev.stsviz.cluster.ControllerTimers;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.SimulatedCluster;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The simulator as a {@link ClusterSource}: a Simulation owned by one thread, played in real time at a speed
 * (virtual seconds per real second), paused, or stepped. Every watch event becomes a {@link ClusterChange};
 * changes made during one tick reach the {@link ClusterState} as one batch. Leases are left out: nothing draws
 * them and they change every 10 s per node.
 */
public final class SimulatedClusterSource implements ClusterSource, SimulatedCluster {
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 100;
    private static final long TICK_MILLIS = 16;

    private final ClusterState state = new ClusterState();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "simulator");
        t.setDaemon(true);
        return t;
    });
    private final Supplier<Simulation> factory;
    private volatile java.util.concurrent.Future<Simulation> prepared;
    private final LongSupplier wallClockNanos;
    private final List<ClusterChange> batch = new ArrayList<>();
    private final ClusterActions actions = new ThreadConfinedActions();
    private final java.util.function.Consumer<WatchEvent> watcher = this::onWatch;
    private Simulation sim;
    private ScheduledFuture<?> ticker;
    private volatile boolean playing;
    private volatile double speed = 1;
    private volatile long virtualMillis;
    /** The virtual time of the changes in {@code batch}. */
    private long batchMillis;
    /** How many changes the simulation reported so far: an event that raised it changed the picture. */
    private long changesHeard;
    private volatile Profile profile;
    private volatile ControllerClocks clocks = ControllerClocks.LIVE_DEFAULTS;
    /** Replaced only when a deadline changed, so a reader may compare by identity. */
    private volatile ControllerTimers timers = ControllerTimers.NONE;
    /** Written on the simulator thread at each flush, read by the window (which enables Reconnect from it). */
    private volatile Set<String> disconnected = Set.of();
    private long lastTickNanos;
    private double carryMillis;

    /** @param wallClockNanos the real clock that drives play (System::nanoTime in the app) */
    public SimulatedClusterSource(Supplier<Simulation> factory, LongSupplier wallClockNanos) {
        this.factory = factory;
        this.wallClockNanos = wallClockNanos;
    }

    @Override
    public void start() {
        start(true);
    }

    /**
     * Starts building the simulation on the simulator thread at once, so that {@link #start} finds it ready: the app
     * overlaps the build (mostly loading the model classes and their JSON deserializers) with the toolkit's start.
     */
    public void prepare() {
        if (prepared == null) {
            prepared = thread.submit(factory::get);
        }
    }

    /** Loads the simulation; with autoTick false nothing advances except {@link #tickOnce()} (tests). */
    public void start(boolean autoTick) {
        call(() -> {
            load(prepared != null ? prepared.get() : factory.get()); // the thread ran a prepared build already
            prepared = null;
            lastTickNanos = wallClockNanos.getAsLong();
            if (autoTick) {
                ticker = thread.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
            }
            return null;
        });
    }

    /** One tick of the real-time driver: advances by the wall time since the last tick times the speed. */
    public void tickOnce() {
        call(() -> {
            tick();
            return null;
        });
    }

    private void load(Simulation simulation) {
        if (sim != null) {
            sim.unwatch(watcher);
        }
        sim = simulation;
        profile = sim.profile();
        clocks = SimulatedClocks.settings(sim);
        timers = SimulatedClocks.timers(sim); // a simulation loaded mid-story (a screenshot's script) may have some
        batch.clear();
        virtualMillis = sim.engine().nowMillis(); // before the objects are published: a history dates them with it
        state.clear();
        List<ClusterChange> initial = new ArrayList<>();
        for (HasMetadata object : sim.api().all()) {
            if (!Kinds.LEASE.equals(object.getKind())) {
                initial.add(ClusterChange.upsert(object));
            }
        }
        state.applyAll(initial);
        sim.watch(watcher);
        sim.log().start();
        noteDisconnected();
    }

    private void onWatch(WatchEvent event) {
        if (Kinds.LEASE.equals(event.kind())) {
            return;
        }
        changesHeard++;
        long at = sim.engine().nowMillis();
        if (!batch.isEmpty() && at != batchMillis) {
            // one batch per virtual instant: a history then dates each change exactly, however the ticks fell
            virtualMillis = batchMillis;
            state.applyAll(List.copyOf(batch));
            batch.clear();
        }
        batchMillis = at;
        batch.add(event.type() == WatchEvent.Type.DELETED ? ClusterChange.delete(event.object()) : ClusterChange.upsert(event.object()));
    }

    private void flush() {
        if (!batch.isEmpty()) {
            virtualMillis = batchMillis; // the changes' own time, then the clock's
            state.applyAll(List.copyOf(batch));
            batch.clear();
        }
        virtualMillis = sim.engine().nowMillis();
        if (sim.profile() != profile) { // switched by a console command, or by a re-run redoing that command
            profile = sim.profile();
            clocks = SimulatedClocks.settings(sim);
        }
        ControllerTimers next = SimulatedClocks.timers(sim);
        if (!next.equals(timers)) {
            timers = next;
        }
        noteDisconnected();
    }

    private void noteDisconnected() {
        Set<String> now = null;
        for (var kubelet : sim.kubelets()) {
            if (!kubelet.isConnected()) {
                if (now == null) {
                    now = new java.util.HashSet<>();
                }
                now.add(kubelet.nodeName());
            }
        }
        Set<String> next = now == null ? Set.of() : Set.copyOf(now);
        if (!next.equals(disconnected)) {
            disconnected = next;
        }
    }

    @Override
    public Set<String> disconnectedNodes() {
        return disconnected;
    }

    private void tick() {
        long nowNanos = wallClockNanos.getAsLong();
        long realMillis = (nowNanos - lastTickNanos) / 1_000_000;
        lastTickNanos = nowNanos;
        if (playing) {
            carryMillis += realMillis * speed;
            long advance = (long) carryMillis;
            carryMillis -= advance;
            if (advance > 0) {
                sim.runFor(Duration.ofMillis(advance));
            }
        }
        flush();
    }

    // ---- time controls (any thread) ----

    @Override
    public void play() {
        playing = true;
    }

    @Override
    public void pause() {
        playing = false;
    }

    @Override
    public boolean isPlaying() {
        return playing;
    }

    @Override
    public void setSpeed(double speed) {
        this.speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed));
    }

    @Override
    public double speed() {
        return speed;
    }

    @Override
    public String step() {
        pause();
        return call(() -> {
            String label = null;
            long next = sim.engine().nextEventTime();
            if (next >= 0) {
                List<String> seen = new ArrayList<>();
                dev.stsviz.sim.engine.Engine.Observer o = e -> seen.add(e.label());
                sim.engine().addObserver(o);
                sim.step();
                sim.engine().removeObserver(o);
                label = seen.isEmpty() ? null : seen.get(0);
            }
            flush();
            return label;
        });
    }

    /**
     * Continues from a past moment: starts over and re-runs the same actions, at the same virtual instants, up to
     * {@code time}; what came after is discarded. The simulator is deterministic, so the state is exactly the one
     * the history shows at that time, every change dated {@code time} included. Stays paused. Refused for a moment
     * after a change made outside the logged actions (straight to the API server), which a re-run cannot redo.
     */
    public void resumeAt(Instant time) {
        pause();
        call(() -> {
            long until = Duration.between(Simulation.EPOCH, time).toMillis();
            if (until > sim.engine().nowMillis()) {
                throw new ActionException("cannot resume at t=" + until / 1000 + "s: the simulation has not got there yet");
            }
            String unlogged = sim.log().unloggedUpTo(until);
            if (unlogged != null) {
                throw new ActionException("cannot resume from this moment: a change was made outside the simulator's actions before it (" + unlogged + ")");
            }
            List<ActionLog.Entry> redo = sim.log().upTo(until);
            Simulation fresh = factory.get();
            if (fresh == sim) {
                throw new ActionException("cannot resume: this simulation cannot be started over");
            }
            load(fresh); // the state starts over: a history records the re-run again, the same up to `time`
            LogReplay.run(fresh, redo, until, this::flush);
            flush();
            lastTickNanos = wallClockNanos.getAsLong();
            carryMillis = 0;
            return null;
        });
    }

    /** Pauses and runs events until one changes the picture, then the rest of that instant ({@link NextVisibleChange}). */
    @Override
    public String stepToNextChange() {
        pause();
        return call(() -> {
            String line = NextVisibleChange.run(sim.engine(), () -> changesHeard);
            flush();
            return line;
        });
    }

    /** Advances virtual time by the given amount at once (blocks the caller, not the simulator thread's clients). */
    public void advance(Duration duration) {
        call(() -> {
            sim.runFor(duration);
            flush();
            return null;
        });
    }

    /** Runs until the condition (evaluated on the simulator thread) holds, or the virtual timeout passes. */
    public boolean runUntil(java.util.function.Predicate<Simulation> condition, Duration timeout) {
        return call(() -> {
            boolean held = sim.runUntil(() -> condition.test(sim), timeout);
            flush();
            return held;
        });
    }

    /** Starts over with a fresh simulation from the factory (same seed: same story). */
    @Override
    public void reset() {
        call(() -> {
            load(factory.get());
            return null;
        });
    }

    public void setProfile(Profile newProfile) {
        call(() -> {
            sim.actions().setProfile(newProfile);
            profile = newProfile;
            clocks = SimulatedClocks.settings(sim);
            return null;
        });
    }

    public Profile profile() {
        return profile;
    }

    @Override
    public List<String> profileIds() {
        return java.util.Arrays.stream(Profile.values()).map(Profile::id).toList();
    }

    @Override
    public String profileId() {
        Profile p = profile;
        return p == null ? null : p.id();
    }

    @Override
    public String profileExplanation(String id) {
        return Profile.parse(id).explanation();
    }

    @Override
    public void setProfile(String id) {
        setProfile(Profile.parse(id));
    }

    @Override
    public String addNode() {
        return withSimulation(s -> s.addNode(null));
    }

    /** Runs a function on the simulator thread with the simulation, e.g. for console commands. */
    public <T> T withSimulation(java.util.function.Function<Simulation, T> function) {
        return call(() -> {
            T result = function.apply(sim);
            flush();
            return result;
        });
    }

    // ---- ClusterSource ----

    @Override
    public ClusterState state() {
        return state;
    }

    @Override
    public ClusterActions actions() {
        return actions;
    }

    @Override
    public ControllerClocks clocks() {
        return clocks;
    }

    @Override
    public ControllerTimers timers() {
        return timers;
    }

    @Override
    public Instant now() {
        return Simulation.EPOCH.plusMillis(virtualMillis);
    }

    @Override
    public Duration elapsed() {
        return Duration.ofMillis(virtualMillis);
    }

    @Override
    public String describeStatus() {
        long s = virtualMillis / 1000;
        return String.format("simulator (%s) t=%02d:%02d:%02d %s x%s", profile == null ? "" : profile.id(),
                s / 3600, (s / 60) % 60, s % 60, playing ? "playing" : "paused", formatSpeed(speed));
    }

    private static String formatSpeed(double speed) {
        return speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed);
    }

    @Override
    public void close() {
        playing = false;
        if (ticker != null) {
            ticker.cancel(false);
        }
        thread.shutdownNow();
    }

    private <T> T call(Callable<T> task) {
        try {
            return thread.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ActionException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new ActionException(String.valueOf(cause.getMessage()), cause);
        }
    }

    /** Every action runs on the simulator thread, at the current virtual time. */
    private final class ThreadConfinedActions implements ClusterActions {
        @Override
        public void scale(String namespace, String statefulSet, int replicas) {
            run(() -> sim.actions().scale(namespace, statefulSet, replicas));
        }

        @Override
        public void deletePod(String namespace, String pod) {
            run(() -> sim.actions().deletePod(namespace, pod));
        }

        @Override
        public void forceDeletePod(String namespace, String pod) {
            run(() -> sim.actions().forceDeletePod(namespace, pod));
        }

        @Override
        public void cordon(String node) {
            run(() -> sim.actions().cordon(node));
        }

        @Override
        public void uncordon(String node) {
            run(() -> sim.actions().uncordon(node));
        }

        @Override
        public void disconnectNode(String node) {
            run(() -> sim.actions().disconnectNode(node));
        }

        @Override
        public void reconnectNode(String node) {
            run(() -> sim.actions().reconnectNode(node));
        }

        @Override
        public List<String> apply(List<HasMetadata> objects) {
            return call(() -> {
                List<String> lines = sim.actions().apply(objects);
                flush();
                return lines;
            });
        }

        private void run(Runnable action) {
            call(() -> {
                action.run();
                flush();
                return null;
            });
        }
    }
}
