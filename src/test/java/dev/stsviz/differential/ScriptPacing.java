package dev.stsviz.differential;

import dev.stsviz.console.CommandResult;
import dev.stsviz.console.Console;
import dev.stsviz.console.ConsoleBackend;
import dev.stsviz.console.ScriptRunner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a scenario's commands on one side as {@code stsviz run} does (a typing pause between two commands), and keeps
 * the transcript. A failed command fails the run: a scenario whose script goes wrong compares nothing.
 */
final class ScriptPacing {
    private ScriptPacing() {
    }

    /** Runs the commands and returns when each began, on {@code elapsed}'s clock. */
    static List<Duration> run(Console console, ConsoleBackend backend, List<String> commands, String side, Supplier<Duration> elapsed) {
        StringBuilder transcript = new StringBuilder();
        List<Duration> starts = new ArrayList<>();
        boolean first = true;
        for (String command : commands) {
            if (!first) {
                backend.advance(ScriptRunner.TYPING_PAUSE);
            }
            first = false;
            starts.add(elapsed.get());
            CommandResult result = console.execute(command);
            transcript.append("$ ").append(command).append('\n').append(result.output());
            if (!result.ok()) {
                throw new AssertionError("on the " + side + ", `" + command + "` failed:\n" + transcript);
            }
        }
        return starts;
    }
}
