package dev.stsviz.app;

import picocli.CommandLine;

/**
 * Entry point. Deliberately not a JavaFX Application subclass, so the fat jar starts on the classpath without
 * the JavaFX launcher's module checks.
 */
public final class Main {
    public static void main(String[] args) {
        int code = new CommandLine(new StsvizCommand()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    private Main() {
    }
}
