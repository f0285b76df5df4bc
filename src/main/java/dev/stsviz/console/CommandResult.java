package dev.stsviz.console;

/** What one console line printed, and whether it succeeded (a failed line makes `run` exit 1). */
public record CommandResult(String output, boolean ok) {
    public static CommandResult ok(String output) {
        return new CommandResult(output, true);
    }

    public static CommandResult error(String output) {
        return new CommandResult(output, false);
    }
}
