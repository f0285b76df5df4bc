package dev.stsviz.app;

import dev.stsviz.console.Console;
import dev.stsviz.console.ScriptRunner;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.context.RuntimeModel;
import dev.stsviz.sim.context.SimulatorSettings;
import dev.stsviz.sim.context.TimingsPreset;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The simulator's options shared by {@code run} and {@code screenshot}, and running a script on it. */
final class SimulatorOptions {
    @Option(names = "--profile", defaultValue = "modern", paramLabel = "modern|book|v1.24",
            description = "Simulator fidelity profile: modern (Kubernetes 1.27+), book (the chapter's: 1.24 with the taint manager "
                    + "off, pods on a lost node print Unknown) or v1.24 (Kubernetes 1.24 with its defaults). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--timings", defaultValue = "default", paramLabel = "default|fast",
            description = "The control plane's timing flags: default (the real defaults: node status every 10 s, 40 s grace, 300 s "
                    + "tolerations) or fast (a test control plane's: status every 2 s, an 8 s lease and grace period, node monitor "
                    + "every 1 s, 10 s tolerations and pod-eviction-timeout). Default: ${DEFAULT-VALUE}.")
    String timings;

    @Option(names = "--runtime", defaultValue = "kubia", paramLabel = "kubia|instant",
            description = "The container runtime: kubia (the chapter's app: image pull, a delete waits out the grace period) or "
                    + "instant (kubemark's fake runtime: containers start and stop at once). Default: ${DEFAULT-VALUE}.")
    String runtime;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the simulator's random streams. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--empty", description = "Start with the nodes and StorageClasses only, without the chapter's service and StatefulSet.")
    boolean empty;

    @Option(names = "--cluster", defaultValue = "minikube", paramLabel = "minikube|kind|gke",
            description = "The kind of cluster to simulate, with its nodes and storage: minikube (hostPath volumes that stay on "
                    + "their node), kind (local-path volumes pinned to their node) or gke (persistent disks attached to one "
                    + "node at a time). Default: ${DEFAULT-VALUE}.")
    String cluster;

    @Option(names = "--nodes", defaultValue = "0", paramLabel = "N",
            description = "Number of nodes (1 gives the chapter's single-node minikube). Default: the cluster's own "
                    + "(3 for minikube and gke, 4 for kind: a control plane and three workers).")
    int nodes;

    /** The simulation these options describe; a bad option is a usage error (exit 2). */
    Simulation simulation(CommandLine commandLine) {
        return simulation(commandLine, preset(commandLine));
    }

    /** The same options on another kind of cluster (the window's picker); --nodes counts only for --cluster's kind. */
    Simulation simulation(CommandLine commandLine, ClusterPreset cluster) {
        SimulatorSettings chosen = settings(commandLine);
        int count = cluster == preset(commandLine) ? nodes : 0;
        return empty ? Simulation.emptyCluster(seed, chosen, cluster, count) : Simulation.chapterCluster(seed, chosen, cluster, count);
    }

    /** Every option checked: a bad one is a usage error (exit 2), reported before a window opens. */
    void check(CommandLine commandLine) {
        settings(commandLine);
        preset(commandLine);
    }

    /** Profile, timings and runtime, checked: a bad one is a usage error (exit 2). */
    SimulatorSettings settings(CommandLine commandLine) {
        try {
            return new SimulatorSettings(Profile.parse(profile), TimingsPreset.parse(timings), RuntimeModel.parse(runtime));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    ClusterPreset preset(CommandLine commandLine) {
        if (nodes < 0 || nodes > 1000) {
            throw new CommandLine.ParameterException(commandLine, "--nodes must be between 1 and 1000 (got " + nodes + ")");
        }
        try {
            return ClusterPreset.parse(cluster);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /** The profile, checked: a bad one is a usage error (exit 2). */
    Profile profile(CommandLine commandLine) {
        try {
            return Profile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /** Runs console commands on the simulation; returns the transcript's exit code (1 if a line failed). */
    static int runScript(Simulation sim, String script, PrintWriter out) {
        SimulationConsoleBackend backend = new SimulationConsoleBackend(sim);
        return new ScriptRunner(new Console(backend, Path.of("").toAbsolutePath()), backend).run(script, out);
    }
}
