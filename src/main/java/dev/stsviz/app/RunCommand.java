package dev.stsviz.app;

import dev.stsviz.console.Console;
import dev.stsviz.console.ScriptRunner;
import dev.stsviz.sim.Profile;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code stsviz run SCRIPT}: runs console commands on the simulator, on virtual time, and prints the transcript. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a file of console commands (kubectl, curl, dig, sim ...) against the simulator on virtual time",
                "and prints what the real tools would print. Each command takes 1 s of virtual time, as if typed.",
                "'-' reads standard input. Exit code 1 if any line failed."})
public final class RunCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "The script file, or - for standard input.")
    String script;

    @Option(names = "--profile", defaultValue = "modern", paramLabel = "modern|book",
            description = "Simulator fidelity profile. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the simulator's random streams. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--empty", description = "Start with the nodes and StorageClass only, without the chapter's service and StatefulSet.")
    boolean empty;

    @Override
    public Integer call() throws IOException {
        Profile chosen;
        try {
            chosen = Profile.parse(profile);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("stsviz run: " + e.getMessage());
            return 2;
        }
        String text;
        try {
            text = "-".equals(script) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(script));
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("stsviz run: no such file: " + script);
            return 2;
        }
        Simulation sim = empty ? Simulation.emptyCluster(seed, chosen) : Simulation.chapterCluster(seed, chosen);
        SimulationConsoleBackend backend = new SimulationConsoleBackend(sim);
        Console console = new Console(backend, Path.of("").toAbsolutePath());
        return new ScriptRunner(console, backend).run(text, spec.commandLine().getOut());
    }
}
