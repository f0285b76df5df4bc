package dev.stsviz.console;

import dev.stsviz.cluster.Owners;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.describe.PodTemplateDescriber;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code kubectl rollout history} and {@code kubectl rollout undo} for StatefulSets, as kubectl's
 * {@code polymorphichelpers} do them: a set's history is the ControllerRevisions it controls; undo applies a revision's
 * data (the template with {@code "$patch":"replace"}) as a strategic merge patch, unless the template already is that
 * revision's.
 */
final class RolloutCommands {
    private static final String CHANGE_CAUSE = "kubernetes.io/change-cause";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConsoleBackend backend;

    RolloutCommands(ConsoleBackend backend) {
        this.backend = backend;
    }

    /** {@code kubectl rollout history sts [NAME] [--revision=N]}. */
    CommandResult history(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("namespace", "revision"), "rollout history");
        long revision = number(args, "revision", "rollout history");
        String namespace = args.value("namespace", backend.namespace());
        StringBuilder out = new StringBuilder();
        for (StatefulSet set : sets(args.positional(), namespace, "history viewer")) {
            Map<Long, ControllerRevision> byNumber = new TreeMap<>();
            for (ControllerRevision r : revisions(set)) {
                byNumber.put(r.getRevision(), r); // kubectl keeps the last of equal numbers, too
            }
            String name = "statefulset.apps/" + set.getMetadata().getName() + " ";
            if (byNumber.isEmpty()) {
                out.append(name).append("\nNo rollout history found.\n");
            } else if (revision > 0) {
                ControllerRevision r = byNumber.get(revision);
                if (r == null) {
                    return CommandResult.error(out + "error: unable to find the specified revision");
                }
                out.append(name).append("with revision #").append(revision).append('\n')
                        .append(PodTemplateDescriber.describe(templateOf(r))).append('\n');
            } else {
                out.append(name).append('\n').append(table(byNumber)).append('\n');
            }
        }
        return CommandResult.ok(out.toString());
    }

    /** {@code kubectl rollout undo sts NAME [--to-revision=N]}: 0 is the revision before the latest. */
    CommandResult undo(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("namespace", "to-revision"), "rollout undo");
        long to = number(args, "to-revision", "rollout undo");
        String namespace = args.value("namespace", backend.namespace());
        StringBuilder out = new StringBuilder();
        for (StatefulSet set : sets(args.positional(), namespace, "rollbacker")) {
            if (to < 0) {
                return CommandResult.error(out + notFound(to));
            }
            List<ControllerRevision> history = revisions(set);
            if (to == 0 && history.size() <= 1) {
                return CommandResult.error(out + "error: no last revision to roll back to");
            }
            ControllerRevision target = to == 0 ? history.get(history.size() - 2)
                    : history.stream().filter(r -> Objects.equals(r.getRevision(), to)).findFirst().orElse(null);
            if (target == null) {
                return CommandResult.error(out + notFound(to));
            }
            String name = "statefulset.apps/" + set.getMetadata().getName();
            if (comparable(templateOf(target)).equals(comparable(set.getSpec().getTemplate()))) {
                out.append(name).append(" skipped rollback (current template already matches revision ").append(to).append(")\n");
                continue;
            }
            backend.patch(Kinds.STATEFUL_SET, set.getMetadata().getNamespace(), set.getMetadata().getName(), dataJson(target), true);
            out.append(name).append(" rolled back\n");
        }
        return CommandResult.ok(out.toString());
    }

    private List<StatefulSet> sets(List<String> positional, String namespace, String helper) {
        if (positional.isEmpty()) {
            throw new ConsoleException("error: required resource not specified");
        }
        if (positional.size() == 1 && !positional.get(0).contains("/")) {
            requireStatefulSets(ResourceType.parse(positional.get(0)), helper);
            return backend.list(StatefulSet.class, Kinds.STATEFUL_SET, namespace);
        }
        WriteCommands.Target target = WriteCommands.Target.of(positional, "rollout");
        requireStatefulSets(target.type(), helper);
        StatefulSet set = backend.get(StatefulSet.class, Kinds.STATEFUL_SET, namespace, target.name());
        if (set == null) {
            throw new ConsoleException("Error from server (NotFound): statefulsets.apps \"" + target.name() + "\" not found");
        }
        return List.of(set);
    }

    private static void requireStatefulSets(ResourceType type, String helper) {
        if (type != ResourceType.STATEFULSETS) {
            throw new ConsoleException("error: no " + helper + " has been implemented for \"" + type.kind() + "\"");
        }
    }

    /** The set's revisions (those it controls), by number. */
    private List<ControllerRevision> revisions(StatefulSet set) {
        return backend.list(ControllerRevision.class, Kinds.CONTROLLER_REVISION, set.getMetadata().getNamespace()).stream()
                .filter(r -> Owners.isControlledBy(r, set) && r.getRevision() != null)
                .sorted(Comparator.comparing(ControllerRevision::getRevision))
                .toList();
    }

    /** kubectl's tabwriter table: REVISION padded to its widest cell plus two spaces. */
    private static String table(Map<Long, ControllerRevision> byNumber) {
        int width = "REVISION".length();
        for (Long n : byNumber.keySet()) {
            width = Math.max(width, Long.toString(n).length());
        }
        StringBuilder out = new StringBuilder(pad("REVISION", width)).append("CHANGE-CAUSE\n");
        for (Map.Entry<Long, ControllerRevision> e : byNumber.entrySet()) {
            Map<String, String> annotations = e.getValue().getMetadata().getAnnotations();
            String cause = annotations == null ? null : annotations.get(CHANGE_CAUSE);
            out.append(pad(Long.toString(e.getKey()), width)).append(cause == null || cause.isEmpty() ? "<none>" : cause).append('\n');
        }
        return out.toString();
    }

    private static String pad(String cell, int width) {
        return cell + " ".repeat(width - cell.length() + 2);
    }

    private static long number(KubectlArgs args, String flag, String command) {
        String value = args.value(flag, "0");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ConsoleException("Error: invalid argument \"" + value + "\" for \"--" + flag + "\" flag: strconv.ParseInt: parsing \""
                    + value + "\": invalid syntax\nSee 'kubectl " + command + " --help' for usage.");
        }
    }

    private static String notFound(long revision) {
        return "error: unable to find specified revision " + revision + " in history";
    }

    /** The template a revision holds: its data's spec.template without the patch directive. */
    private static PodTemplateSpec templateOf(ControllerRevision revision) {
        JsonNode template = JSON.valueToTree(revision.getData()).path("spec").path("template");
        if (!(template instanceof ObjectNode node)) {
            return new PodTemplateSpec();
        }
        ObjectNode copy = node.deepCopy();
        copy.remove("$patch");
        return JSON.convertValue(copy, PodTemplateSpec.class);
    }

    private static String dataJson(ControllerRevision revision) {
        try {
            return JSON.writeValueAsString(revision.getData());
        } catch (Exception e) {
            throw new ConsoleException("error: " + e.getMessage());
        }
    }

    /**
     * A template as equality.Semantic.DeepEqual sees it: an empty list, map or struct equals a missing one (Go's
     * value-typed fields, e.g. a container's resources, are never missing on the server's side).
     */
    private static JsonNode comparable(PodTemplateSpec template) {
        JsonNode tree = JSON.valueToTree(template == null ? new PodTemplateSpec() : template);
        prune(tree);
        return tree;
    }

    private static boolean prune(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                if (prune(it.next().getValue())) {
                    it.remove();
                }
            }
            return node.isEmpty();
        }
        if (node.isArray()) {
            node.forEach(RolloutCommands::prune);
            return node.isEmpty();
        }
        return node.isNull();
    }
}
