package dev.stsviz.console;

import java.util.List;
import java.util.Set;

/** {@code kubectl describe pod|node|pvc|sts NAME}. */
final class DescribeCommand {
    private final ConsoleBackend backend;

    DescribeCommand(ConsoleBackend backend) {
        this.backend = backend;
    }

    String run(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("namespace"), "describe");
        WriteCommands.Target target = WriteCommands.Target.of(args.positional(), "describe");
        throw new ConsoleException("error: describe " + target.type().kind() + " is not available yet");
    }
}
