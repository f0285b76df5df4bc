package dev.stsviz.app;

import dev.stsviz.console.Console;
import dev.stsviz.console.ScriptRunner;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The simulator's options shared by {@code run} and {@code screenshot}, and running a script on it. */
final class SimulatorOptions {
    @Option(names = "--profile", defaultValue = "modern", paramLabel = "modern|book",
            description = "Simulator fidelity profile: modern (Kubernetes 1.27+) or book (the chapter's). Default: ${DEFAULT-VALUE}.")
    String profile;

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
        Profile chosen = profile(commandLine);
        int count = cluster == preset(commandLine) ? nodes : 0;
        return empty ? Simulation.emptyCluster(seed, chosen, cluster, count) : Simulation.chapterCluster(seed, chosen, cluster, count);
    }

    /** Every option checked: a bad one is a usage error (exit 2), reported before a window opens. */
    void check(CommandLine commandLine) {
        profile(commandLine);
        preset(commandLine);
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
