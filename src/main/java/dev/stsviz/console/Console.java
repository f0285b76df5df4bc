package dev.stsviz.console;

import dev.stsviz.cluster.ActionException;

import java.nio.file.Path;
import java.util.List;

/**
 * The chapter's command language: kubectl (the subset chapter 10 uses), curl through kubectl proxy, dig, and the
 * simulator's verbs. One line in, what the real tool would print out. A bad line changes nothing and says why.
 */
public final class Console {
    private final GetCommand get;
    private final DescribeCommand describe;
    private final WriteCommands writes;
    private final WaitCommands waits;
    private final NetworkCommands network;
    private final TaintCommand taint;
    private final SimCommands sim;
    private final RolloutCommands rollouts;

    public Console(ConsoleBackend backend, Path workingDirectory) {
        this.get = new GetCommand(backend);
        this.describe = new DescribeCommand(backend);
        this.writes = new WriteCommands(backend, new ManifestFiles(workingDirectory));
        this.waits = new WaitCommands(backend);
        this.network = new NetworkCommands(backend);
        this.taint = new TaintCommand(backend);
        this.sim = new SimCommands(backend, waits);
        this.rollouts = new RolloutCommands(backend);
    }

    public CommandResult execute(String line) {
        try {
            List<String> words = Tokenizer.split(line);
            if (words.isEmpty()) {
                return CommandResult.ok("");
            }
            List<String> rest = words.subList(1, words.size());
            return switch (words.get(0)) {
                case "kubectl" -> kubectl(rest);
                case "curl" -> network.curl(rest);
                case "dig" -> network.dig(rest);
                case "sim" -> sim.run(rest);
                case "help" -> CommandResult.ok(ConsoleHelp.text());
                default -> CommandResult.error("stsviz: " + words.get(0) + ": command not found (the console runs kubectl, curl, dig "
                        + "and sim; help lists them)");
            };
        } catch (IllegalArgumentException e) {
            return CommandResult.error("stsviz: syntax error: " + e.getMessage());
        } catch (ActionException e) {
            return CommandResult.error(e.getMessage());
        }
    }

    private CommandResult kubectl(List<String> words) {
        if (words.isEmpty()) {
            return CommandResult.error("kubectl controls the Kubernetes cluster manager.\n\nerror: a command is required (get, describe, apply, create, "
                    + "scale, delete, patch, set image, rollout status, wait, cordon, uncordon, taint, proxy, run)");
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "get" -> CommandResult.ok(get.run(rest));
            case "describe" -> CommandResult.ok(describe.run(rest));
            case "apply" -> CommandResult.ok(writes.apply(rest, false));
            case "create" -> CommandResult.ok(writes.apply(rest, true));
            case "scale" -> CommandResult.ok(writes.scale(rest));
            case "delete" -> CommandResult.ok(writes.delete(rest));
            case "patch" -> CommandResult.ok(writes.patch(rest));
            case "set" -> set(rest);
            case "rollout" -> rollout(rest);
            case "wait" -> waits.kubectlWait(rest);
            case "cordon" -> CommandResult.ok(writes.cordon(rest, true));
            case "uncordon" -> CommandResult.ok(writes.cordon(rest, false));
            case "taint" -> CommandResult.ok(taint.run(rest));
            case "proxy" -> CommandResult.ok(network.proxy());
            case "run" -> network.run(rest);
            default -> CommandResult.error("error: unknown command \"" + words.get(0) + "\" for \"kubectl\"\nRun 'kubectl --help' for usage.");
        };
    }

    private CommandResult set(List<String> words) {
        if (words.isEmpty() || !words.get(0).equals("image")) {
            return CommandResult.error("error: the console supports `kubectl set image sts/NAME CONTAINER=IMAGE`");
        }
        return CommandResult.ok(writes.setImage(words.subList(1, words.size())));
    }

    private CommandResult rollout(List<String> words) {
        String verb = words.isEmpty() ? "" : words.get(0);
        List<String> rest = words.isEmpty() ? words : words.subList(1, words.size());
        return switch (verb) {
            case "status" -> waits.rolloutStatus(rest);
            case "history" -> rollouts.history(rest);
            case "undo" -> rollouts.undo(rest);
            default -> CommandResult.error("error: the console supports `kubectl rollout status|history|undo sts NAME`");
        };
    }
}
