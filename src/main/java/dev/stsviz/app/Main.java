package dev.stsviz.app;

import picocli.CommandLine;

/**
 * Entry point. Deliberately not a JavaFX Application subclass, so the fat jar starts on the classpath without
 * the JavaFX launcher's module checks.
 */
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args)); // the window, when opened, has closed by now
    }

    /** The command line, with a bad flag answered by one line and exit code 2, not the whole usage text. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new StsvizCommand());
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("stsviz: " + e.getMessage() + " (see --help)");
            return CommandLine.ExitCode.USAGE;
        });
        return commandLine;
    }

    private Main() {
    }
}
