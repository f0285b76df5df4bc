package dev.stsviz.console;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.Resources;
import dev.stsviz.cluster.RolloutStatus;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Commands that block while time passes: rollout status, kubectl wait, sim wait and sim wait-until. */
final class WaitCommands {
    /** kubectl rollout status waits forever by default; the console gives up after this much (virtual) time. */
    static final Duration ROLLOUT_LIMIT = Duration.ofMinutes(15);
    static final Duration WAIT_UNTIL_DEFAULT = Duration.ofMinutes(10);
    private final ConsoleBackend backend;

    WaitCommands(ConsoleBackend backend) {
        this.backend = backend;
    }

    /** {@code kubectl rollout status sts NAME}: prints kubectl's StatefulSetStatusViewer line each time it changes. */
    CommandResult rolloutStatus(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("namespace", "timeout"), "rollout status");
        WriteCommands.Target target = WriteCommands.Target.of(args.positional(), "rollout status");
        if (target.type() != ResourceType.STATEFULSETS) {
            return CommandResult.error("error: no status viewer has been implemented for " + target.type().kind());
        }
        String namespace = args.value("namespace", backend.namespace());
        Duration limit = args.has("timeout") ? Durations.parse(args.value("timeout")) : ROLLOUT_LIMIT;
        Supplier<StatefulSet> set = () -> backend.get(StatefulSet.class, Kinds.STATEFUL_SET, namespace, target.name());
        if (set.get() == null) {
            return CommandResult.error("Error from server (NotFound): statefulsets.apps \"" + target.name() + "\" not found");
        }
        StringBuilder out = new StringBuilder();
        String last = null;
        long deadline = backend.now().toEpochMilli() + limit.toMillis();
        while (true) {
            RolloutStatus.Line line = RolloutStatus.of(set.get());
            if (line.error() != null) {
                return CommandResult.error(out + line.error());
            }
            if (!line.text().equals(last)) {
                out.append(line.text());
                last = line.text();
            }
            if (line.done()) {
                return CommandResult.ok(out.toString());
            }
            String shown = last;
            Duration left = Duration.ofMillis(deadline - backend.now().toEpochMilli());
            if (left.isNegative() || left.isZero()
                    || !backend.waitUntil(() -> set.get() == null || !RolloutStatus.of(set.get()).text().equals(shown), left)) {
                return CommandResult.error(out + "error: timed out waiting for the condition");
            }
            if (set.get() == null) {
                return CommandResult.error(out + "error: statefulset \"" + target.name() + "\" was deleted");
            }
        }
    }

    /** {@code kubectl wait --for=condition=Ready|delete TYPE/NAME [--timeout=30s]}. */
    CommandResult kubectlWait(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("for", "timeout", "namespace"), "wait");
        if (!args.has("for")) {
            return CommandResult.error("error: --for must be specified");
        }
        WriteCommands.Target target = WriteCommands.Target.of(args.positional(), "wait");
        String namespace = target.type().clusterScoped() ? null : args.value("namespace", backend.namespace());
        Duration timeout = Durations.parse(args.value("timeout", "30s"));
        String condition = args.value("for");
        Supplier<HasMetadata> object = () -> backend.get(target.type().type(), target.type().kind(), namespace, target.name());
        String plural = Resources.plural(target.type().kind());
        if (object.get() == null && !condition.equals("delete")) {
            return CommandResult.error("Error from server (NotFound): " + plural + " \"" + target.name() + "\" not found");
        }
        boolean met;
        if (condition.equals("delete")) {
            met = backend.waitUntil(() -> object.get() == null, timeout);
        } else if (condition.startsWith("condition=")) {
            String wanted = condition.substring("condition=".length());
            String type = wanted.contains("=") ? wanted.substring(0, wanted.indexOf('=')) : wanted;
            String status = wanted.contains("=") ? wanted.substring(wanted.indexOf('=') + 1) : "True";
            met = backend.waitUntil(() -> conditionIs(object.get(), type, status), timeout);
        } else {
            return CommandResult.error("error: unrecognized condition: \"" + condition + "\"");
        }
        if (!met) {
            return CommandResult.error("error: timed out waiting for the condition on " + plural.replace(".apps", "") + "/" + target.name());
        }
        return CommandResult.ok(target.type().singular() + "/" + target.name() + " condition met\n");
    }

    private static boolean conditionIs(HasMetadata object, String type, String status) {
        if (object instanceof Pod pod) {
            var c = Pods.condition(pod, type);
            return c != null && status.equalsIgnoreCase(c.getStatus());
        }
        if (object instanceof Node node && node.getStatus() != null) {
            return node.getStatus().getConditions().stream()
                    .anyMatch(c -> type.equalsIgnoreCase(c.getType()) && status.equalsIgnoreCase(c.getStatus()));
        }
        return false;
    }

    /** {@code sim wait DURATION}. */
    CommandResult simWait(List<String> words) {
        if (words.size() != 1) {
            return CommandResult.error("error: usage: sim wait DURATION (e.g. sim wait 90s)");
        }
        backend.advance(Durations.parse(words.get(0)));
        return CommandResult.ok("");
    }

    /**
     * {@code sim wait-until TYPE/NAME STATE [--timeout D]}: STATE is what kubectl prints in STATUS (Running,
     * Terminating, Unknown, Bound, NotReady...), or Ready (Running and Ready), Gone or Present (see {@link ObjectStates}).
     */
    CommandResult simWaitUntil(List<String> words) {
        Duration timeout = WAIT_UNTIL_DEFAULT;
        List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("--timeout") && i + 1 < words.size()) {
                timeout = Durations.parse(words.get(++i));
            } else if (w.startsWith("--timeout=")) {
                timeout = Durations.parse(w.substring("--timeout=".length()));
            } else {
                rest.add(w);
            }
        }
        if (rest.size() != 2 || !rest.get(0).contains("/")) {
            return CommandResult.error("error: usage: sim wait-until TYPE/NAME STATE [--timeout D] (e.g. sim wait-until pod/kubia-1 Ready)");
        }
        WriteCommands.Target target = WriteCommands.Target.of(List.of(rest.get(0)), "wait-until");
        String state = rest.get(1);
        String namespace = target.type().clusterScoped() ? null : backend.namespace();
        Supplier<String> current = () -> ObjectStates.stateOf(backend.get(target.type().type(), target.type().kind(), namespace, target.name()), state);
        long start = backend.now().toEpochMilli();
        boolean met = backend.waitUntil(() -> state.equalsIgnoreCase(current.get()), timeout);
        String took = Durations.format(Duration.ofMillis(backend.now().toEpochMilli() - start));
        String what = target.type().singular().replace(".apps", "") + "/" + target.name();
        if (!met) {
            return CommandResult.error("error: timed out after " + Durations.format(timeout) + " waiting for " + what + " to be "
                    + state + " (it is " + current.get() + ")");
        }
        return CommandResult.ok("# " + what + " is " + state + " after " + took + "\n");
    }
}
