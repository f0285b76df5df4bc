package dev.stsviz.console;

import java.io.PrintWriter;

/**
 * Runs a script through a console and prints the transcript: each command as "$ command", then its output.
 * Between two commands the backend lets a little time pass, as when a person types the next one: so a
 * {@code kubectl get} right after {@code kubectl create} sees what the controllers did in that second.
 */
public final class ScriptRunner {
    public static final java.time.Duration TYPING_PAUSE = java.time.Duration.ofSeconds(1);
    private final Console console;
    private final ConsoleBackend backend;

    public ScriptRunner(Console console, ConsoleBackend backend) {
        this.console = console;
        this.backend = backend;
    }

    /** Returns 0 when every line succeeded, 1 otherwise (the transcript goes on after a failed line). */
    public int run(String script, PrintWriter out) {
        boolean failed = false;
        boolean first = true;
        for (String command : ScriptReader.commands(script)) {
            if (!first) {
                backend.advance(TYPING_PAUSE);
            }
            first = false;
            out.println("$ " + command);
            CommandResult result = console.execute(command);
            String text = result.output();
            out.print(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
            failed |= !result.ok();
        }
        out.flush();
        return failed ? 1 : 0;
    }
}
