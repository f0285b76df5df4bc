package dev.stsviz.sim.context;

import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.EventRecorder;
import dev.stsviz.sim.engine.Engine;

/** What every simulated component shares: the engine (clock, queue, random streams), the API, the timings. */
public final class SimContext {
    private final Engine engine;
    private final ApiServer api;
    private final EventRecorder events;
    private final Timings timings;
    private final Disks disks;
    private final ClusterPreset preset;
    private Profile profile;

    public SimContext(Engine engine, Timings timings, Profile profile) {
        this(engine, timings, profile, ClusterPreset.MINIKUBE);
    }

    public SimContext(Engine engine, Timings timings, Profile profile, ClusterPreset preset) {
        this.engine = engine;
        this.api = new ApiServer(engine);
        this.events = new EventRecorder(api);
        this.timings = timings;
        this.profile = profile;
        this.preset = preset;
        this.disks = new Disks();
        api.admission().setDefaultTolerationSeconds(timings.defaultTolerationSeconds);
    }

    public Engine engine() {
        return engine;
    }

    public ApiServer api() {
        return api;
    }

    public EventRecorder events() {
        return events;
    }

    public Timings timings() {
        return timings;
    }

    public Disks disks() {
        return disks;
    }

    /** The kind of cluster simulated: node names, storage classes, where data lives. */
    public ClusterPreset preset() {
        return preset;
    }

    public Profile profile() {
        return profile;
    }

    public void setProfile(Profile profile) {
        this.profile = profile;
    }
}
