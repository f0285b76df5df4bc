package dev.stsviz.app;

import dev.stsviz.console.Console;
import dev.stsviz.console.ScriptRunner;
import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code run SCRIPT --context C}: the same console on a live cluster; problems are one message, exit 2. */
final class LiveRun {
    static int run(LiveOptions options, String script, PrintWriter out, PrintWriter err) {
        LiveSession session;
        try {
            session = LiveSession.open(KubeContexts.load(options.kubeconfig), options.context, options.namespace, options.readOnly);
        } catch (RuntimeException e) { // kubeconfig, context or plugin problems: one message
            err.println("stsviz run: " + e.getMessage());
            return 2;
        }
        try (session) {
            return new ScriptRunner(new Console(session.consoleBackend(), Path.of("").toAbsolutePath()), session.consoleBackend())
                    .run(script, out);
        }
    }

    private LiveRun() {
    }
}
