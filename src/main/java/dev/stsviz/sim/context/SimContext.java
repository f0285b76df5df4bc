package dev.stsviz.sim.context;

import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.EventRecorder;
import dev.stsviz.sim.apiserver.StatefulSetFields;
import dev.stsviz.sim.context.Profile.Capability;
import dev.stsviz.sim.engine.Engine;

/**
 * What every simulated component shares: the engine (clock, queue, random streams), the API, the timings, the profile
 * (whose feature gates the API server's admission follows) and the runtime model.
 */
public final class SimContext {
    private final Engine engine;
    private final ApiServer api;
    private final EventRecorder events;
    private final Timings timings;
    private final Disks disks;
    private final ClusterPreset preset;
    private final RuntimeModel runtime;
    private Profile profile;

    public SimContext(Engine engine, Timings timings, Profile profile) {
        this(engine, timings, profile, ClusterPreset.MINIKUBE);
    }

    public SimContext(Engine engine, Timings timings, Profile profile, ClusterPreset preset) {
        this(engine, timings, profile, preset, RuntimeModel.KUBIA);
    }

    public SimContext(Engine engine, Timings timings, Profile profile, ClusterPreset preset, RuntimeModel runtime) {
        this.engine = engine;
        this.api = new ApiServer(engine);
        this.events = new EventRecorder(api);
        this.timings = timings;
        this.profile = profile;
        this.preset = preset;
        this.runtime = runtime;
        this.disks = new Disks();
        api.admission().setDefaultTolerationSeconds(timings.defaultTolerationSeconds);
        api.admission().setStatefulSetFields(statefulSetFields(profile));
    }

    /** The StatefulSet fields the profile's API server keeps: one per feature gate. */
    private static StatefulSetFields statefulSetFields(Profile profile) {
        return new StatefulSetFields(profile.has(Capability.STATEFUL_SET_MIN_READY_SECONDS),
                profile.has(Capability.STATEFUL_SET_AUTO_DELETE_PVC), profile.has(Capability.STATEFUL_SET_START_ORDINAL));
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
        api.admission().setStatefulSetFields(statefulSetFields(profile));
    }

    /** How the nodes' container runtime spends time on pods. */
    public RuntimeModel runtime() {
        return runtime;
    }
}
