package dev.stsviz.app;

import dev.stsviz.lesson.Lesson;
import dev.stsviz.lesson.LessonParser;
import dev.stsviz.lesson.LessonSettings;
import dev.stsviz.console.Console;
import dev.stsviz.lesson.LessonDriver;
import dev.stsviz.lesson.LessonRun;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code --lesson FILE}: the lesson the window opens with, and its settings (cluster, nodes, profile, empty start)
 * for the simulator wherever the command line does not say otherwise.
 */
final class LessonOption {
    private LessonOption() {
    }

    /** The parsed lesson; a malformed one throws {@link dev.stsviz.lesson.LessonException} with file and line. */
    static Lesson load(Path file) {
        return LessonParser.parse(file);
    }

    /** The lesson's settings fill in the simulator options the user did not give. */
    static void applySettings(LessonSettings settings, SimulatorOptions options, CommandLine commandLine) {
        CommandLine.ParseResult given = commandLine.getParseResult();
        if (settings.cluster() != null && !given.hasMatchedOption("--cluster")) {
            options.cluster = settings.cluster();
        }
        if (settings.nodes() != null && !given.hasMatchedOption("--nodes")) {
            options.nodes = settings.nodes();
        }
        if (settings.profile() != null && !given.hasMatchedOption("--profile")) {
            options.profile = settings.profile();
        }
        if (settings.empty() != null && !given.hasMatchedOption("--empty")) {
            options.empty = settings.empty();
        }
    }

    /** How long a headless step may wait for its conditions (virtual time): the chapter's slowest waits about 7 minutes. */
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(15);

    /**
     * Teaches the first {@code steps} steps on the simulation (actions through the console, conditions waited for on
     * virtual time), so a picture of the next step shows what the class would see. Returns the run to go on with; a
     * step that fails or does not complete is reported on {@code err} and ends the teaching there.
     */
    static LessonRun teachFirst(Simulation sim, Lesson lesson, int steps, PrintWriter err) {
        SimulationConsoleBackend backend = new SimulationConsoleBackend(sim);
        Console console = new Console(backend, Path.of("").toAbsolutePath());
        LessonDriver driver = new LessonDriver(new LessonRun(lesson, backend.namespace()), backend, console::execute, false);
        LessonDriver.Outcome last = driver.performFirst(steps, STEP_TIMEOUT);
        if (last != null && !last.complete()) {
            err.println("stsviz screenshot: " + last.describe());
        }
        return driver.run();
    }
}
