package dev.stsviz.live.console;

import dev.stsviz.console.Console;
import dev.stsviz.console.ScriptRunner;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** {@code stsviz run SCRIPT --context C}: the chapter's script against a live cluster, with its transcript. */
public final class LiveScript {
    /** The exit code (0: every line succeeded, 1 otherwise) and what the console printed, "$ command" lines included. */
    public record Result(int exitCode, String transcript) {
    }

    /** Runs the script with manifest paths relative to the current directory. */
    public static Result run(KubernetesClient client, String namespace, String script) {
        return run(client, namespace, script, Path.of("").toAbsolutePath());
    }

    public static Result run(KubernetesClient client, String namespace, String script, Path workingDirectory) {
        LiveConsoleBackend backend = new LiveConsoleBackend(client, namespace);
        Console console = new Console(backend, workingDirectory);
        StringWriter transcript = new StringWriter();
        int exit = new ScriptRunner(console, backend).run(script, new PrintWriter(transcript));
        return new Result(exit, transcript.toString());
    }

    private LiveScript() {
    }
}
