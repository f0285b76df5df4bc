package dev.stsviz.app;

import picocli.CommandLine;

/**
 * Entry point. Deliberately not a JavaFX Application subclass, so the fat jar starts on the classpath without
 * the JavaFX launcher's module checks.
 */
public final class Main {
    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new StsvizCommand());
        // a bad flag gets one line and exit code 2, not the whole usage text
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("stsviz: " + e.getMessage() + " (see --help)");
            return CommandLine.ExitCode.USAGE;
        });
        System.exit(commandLine.execute(args)); // the window, when opened, has closed by now

    }

    private Main() {
    }
}
