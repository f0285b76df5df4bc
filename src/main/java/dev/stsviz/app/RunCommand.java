package dev.stsviz.app;

import dev.stsviz.sim.Simulation;
import picocli.CommandLine.Command;
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
                "With --context it runs against that live cluster instead (sim wait / wait-until wait in real time).",
                "'-' reads standard input. Exit code 1 if any line failed."})
public final class RunCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "The script file, or - for standard input.")
    String script;

    @picocli.CommandLine.Mixin
    SimulatorOptions simulator;

    @picocli.CommandLine.Mixin
    LiveOptions live;

    @picocli.CommandLine.Option(names = "--record", paramLabel = "FILE",
            description = "Record the simulator's run to this file (open it with `replay FILE`, or `export`).")
    Path record;

    @Override
    public Integer call() throws IOException {
        Simulation sim = live.live() ? null : simulator.simulation(spec.commandLine());
        String text;
        try {
            text = "-".equals(script) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(script));
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("stsviz run: no such file: " + script);
            return 2;
        }
        if (record != null) {
            if (live.live()) {
                spec.commandLine().getErr().println("stsviz run: --record records the simulator; record a live cluster in the window "
                        + "(stsviz --context C --record FILE)");
                return 2;
            }
            String problem = RecordTarget.problem(record);
            if (problem != null) {
                spec.commandLine().getErr().println("stsviz run: --record " + record + ": " + problem);
                return 2;
            }
            return RecordedRun.run(sim, simulator.preset(spec.commandLine()).id(), text, record, spec.commandLine());
        }
        if (live.live()) {
            return LiveRun.run(live, text, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return SimulatorOptions.runScript(sim, text, spec.commandLine().getOut());
    }
}
