package dev.stsviz.sim.context;

/**
 * What a simulation imitates besides the kind of cluster: the Kubernetes version ({@link Profile}), the control plane's
 * flags ({@link TimingsPreset}) and the container runtime ({@link RuntimeModel}).
 */
public record SimulatorSettings(Profile profile, TimingsPreset timings, RuntimeModel runtime) {
    public SimulatorSettings {
        java.util.Objects.requireNonNull(profile, "profile");
        java.util.Objects.requireNonNull(timings, "timings");
        java.util.Objects.requireNonNull(runtime, "runtime");
    }

    /** The app's default: the real default timings and the chapter's kubia app. */
    public static SimulatorSettings of(Profile profile) {
        return new SimulatorSettings(profile, TimingsPreset.DEFAULT, RuntimeModel.KUBIA);
    }

    /** A real 1.24 test control plane with hollow nodes: {@code --fast} flags and kubemark's fake runtime. */
    public static SimulatorSettings hollowNodes(Profile profile) {
        return new SimulatorSettings(profile, TimingsPreset.FAST, RuntimeModel.INSTANT);
    }
}
