package dev.stsviz.differential;

import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.context.SimulatorSettings;

import java.util.List;

/**
 * The simulator set up as the test control plane runs: three empty Ready nodes, Kubernetes 1.24 with the eviction
 * path asked for, the control plane's --fast timings, and a container runtime like kubemark's fake one.
 */
final class ControlPlaneMatch {
    private ControlPlaneMatch() {
    }

    /** The profiles each control plane is compared with: 1.24 as it runs, and the modern profile with 1.24's settings. */
    static List<String> profiles(String eviction) {
        return eviction.equals("taint") ? List.of("v1.24", "modern") : List.of("book");
    }

    /**
     * The test cluster's provisioner is a shell loop that polls once a second and creates each volume with a kubectl
     * process: about 2 s from a claim to its volume on this machine, where minikube's provisioner takes under one.
     */
    static final long STAND_IN_PROVISION_MILLIS = 2_000;

    static Simulation simulation(String profile) {
        Simulation sim = Simulation.emptyCluster(1, SimulatorSettings.hollowNodes(Profile.parse(profile)), ClusterPreset.MINIKUBE, 3);
        sim.context().timings().provisionDelay = STAND_IN_PROVISION_MILLIS;
        return sim;
    }
}
