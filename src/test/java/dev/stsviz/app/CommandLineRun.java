package dev.stsviz.app;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The jar's command line run in-process, its standard output and error kept for the test to read. */
final class CommandLineRun {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    int execute(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    String out() {
        return out.toString();
    }

    /** Forgets what was printed so far. */
    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    String err() {
        return err.toString();
    }
}
