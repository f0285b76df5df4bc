package dev.stsviz.app;

import dev.stsviz.console.Console;
import dev.stsviz.console.ScriptRunner;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
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

    @Option(names = "--empty", description = "Start with the nodes and StorageClass only, without the chapter's service and StatefulSet.")
    boolean empty;

    /** The simulation these options describe; a bad profile is a usage error (exit 2). */
    Simulation simulation(CommandLine commandLine) {
        Profile chosen = profile(commandLine);
        return empty ? Simulation.emptyCluster(seed, chosen) : Simulation.chapterCluster(seed, chosen);
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
