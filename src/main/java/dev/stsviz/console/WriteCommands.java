package dev.stsviz.console;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Resources;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** kubectl's writing verbs: apply, create, scale, delete, patch, set image. */
final class WriteCommands {
    /** kubectl delete waits for the object to go; a stuck pod would make it wait forever, so the console stops. */
    static final Duration DELETE_WAIT_LIMIT = Duration.ofMinutes(5);
    private final ConsoleBackend backend;
    private final ManifestFiles files;

    WriteCommands(ConsoleBackend backend, ManifestFiles files) {
        this.backend = backend;
        this.files = files;
    }

    String apply(List<String> words, boolean createOnly) {
        String verb = createOnly ? "create" : "apply";
        KubectlArgs args = KubectlArgs.parse(words, Set.of("filename", "namespace"), verb);
        if (!args.has("filename")) {
            throw new ConsoleException("error: must specify one of -f and -k\n\n"
                    + (createOnly ? "" : "error: no objects passed to apply"));
        }
        List<HasMetadata> objects = files.load(args.value("filename"));
        if (args.has("namespace")) {
            for (HasMetadata o : objects) {
                if (!Kinds.isClusterScoped(o.getKind()) && o.getMetadata().getNamespace() == null) {
                    o.getMetadata().setNamespace(args.value("namespace"));
                }
            }
        }
        return String.join("\n", backend.apply(objects, createOnly)) + "\n";
    }

    String scale(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("replicas", "namespace"), "scale");
        Target target = Target.of(args.positional(), "scale");
        if (target.type() != ResourceType.STATEFULSETS && target.type() != ResourceType.REPLICASETS) {
            throw new ConsoleException("error: no scaler has been implemented for {\"\" \"" + target.type().kind() + "\"}");
        }
        if (!args.has("replicas")) {
            throw new ConsoleException("error: required flag(s) \"replicas\" not set");
        }
        int replicas;
        try {
            replicas = Integer.parseInt(args.value("replicas"));
        } catch (NumberFormatException e) {
            throw new ConsoleException("error: invalid argument \"" + args.value("replicas") + "\" for \"--replicas\" flag: "
                    + "strconv.ParseInt: parsing \"" + args.value("replicas") + "\": invalid syntax\nSee 'kubectl scale --help' for usage.");
        }
        if (replicas < 0) {
            throw new ConsoleException("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
        }
        String namespace = args.value("namespace", backend.namespace());
        if (target.type() == ResourceType.REPLICASETS) {
            backend.scaleReplicaSet(namespace, target.name(), replicas);
        } else {
            backend.scale(namespace, target.name(), replicas);
        }
        return target.type().singular() + "/" + target.name() + " scaled\n";
    }

    String delete(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("force", "grace-period", "wait", "namespace", "cascade"), "delete");
        Target target = Target.of(args.positional(), "delete");
        String namespace = target.type().clusterScoped() ? null : args.value("namespace", backend.namespace());
        boolean force = args.flag("force");
        Long grace = null;
        if (args.has("grace-period")) {
            try {
                grace = Long.parseLong(args.value("grace-period"));
            } catch (NumberFormatException e) {
                throw new ConsoleException("error: invalid argument \"" + args.value("grace-period") + "\" for \"--grace-period\" flag: "
                        + "strconv.ParseInt: parsing \"" + args.value("grace-period") + "\": invalid syntax");
            }
        }
        if (grace != null && grace == 0 && !force) {
            throw new ConsoleException("error: --grace-period=0 must have --force specified");
        }
        if (force && grace == null) {
            grace = 0L;
        } else if (grace != null && grace < 0) {
            grace = null; // -1: the object's default
        }
        if (force && grace != 0) {
            force = false;
        }
        io.fabric8.kubernetes.api.model.HasMetadata before = backend.get(target.type().type(), target.type().kind(), namespace, target.name());
        String uid = before == null ? null : before.getMetadata().getUid();
        backend.delete(target.type().kind(), namespace, target.name(), grace);
        String resource = Resources.singular(target.type().kind());
        StringBuilder out = new StringBuilder();
        if (force) {
            out.append("Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. ")
                    .append("The resource may continue to run on the cluster indefinitely.\n");
            out.append(resource).append(" \"").append(target.name()).append("\" force deleted\n");
            return out.toString();
        }
        out.append(resource).append(" \"").append(target.name()).append("\" deleted\n");
        boolean wait = !"false".equalsIgnoreCase(args.value("wait", "true"));
        if (wait) {
            // as kubectl: until the object deleted is gone, by UID; a StatefulSet may recreate its name at once
            boolean gone = backend.waitUntil(() -> {
                var now = backend.get(target.type().type(), target.type().kind(), namespace, target.name());
                return now == null || (uid != null && !uid.equals(now.getMetadata().getUid()));
            }, DELETE_WAIT_LIMIT);
            if (!gone) {
                out.append("# stsviz: ").append(resource).append(" \"").append(target.name())
                        .append("\" is still there after ").append(Durations.format(DELETE_WAIT_LIMIT))
                        .append("; kubectl would keep waiting until interrupted\n");
            }
        }
        return out.toString();
    }

    String patch(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("patch", "type", "namespace"), "patch");
        Target target = Target.of(args.positional(), "patch");
        if (!args.has("patch")) {
            throw new ConsoleException("error: must specify -p to patch");
        }
        String type = args.value("type", "strategic");
        if (!type.equals("merge") && !type.equals("strategic")) {
            throw new ConsoleException("error: --type must be one of [json merge strategic], the console supports merge");
        }
        String namespace = target.type().clusterScoped() ? null : args.value("namespace", backend.namespace());
        boolean changed = backend.patch(target.type().kind(), namespace, target.name(), args.value("patch"), type.equals("strategic"));
        return target.type().singular() + "/" + target.name() + (changed ? " patched" : " patched (no change)") + "\n";
    }

    String setImage(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("namespace"), "set image");
        List<String> pos = args.positional();
        if (pos.size() < 2 || !pos.get(0).contains("/")) {
            throw new ConsoleException("error: you must specify resources by --filename when --local is set.\n"
                    + "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'");
        }
        Target target = Target.of(List.of(pos.get(0)), "set image");
        String namespace = args.value("namespace", backend.namespace());
        StatefulSet set = backend.get(StatefulSet.class, Kinds.STATEFUL_SET, namespace, target.name());
        if (target.type() != ResourceType.STATEFULSETS || set == null) {
            throw new ConsoleException("Error from server (NotFound): " + Resources.plural(target.type().kind()) + " \"" + target.name() + "\" not found");
        }
        StringBuilder containers = new StringBuilder();
        for (String assignment : pos.subList(1, pos.size())) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new ConsoleException("error: invalid image format \"" + assignment + "\", expected CONTAINER=IMAGE");
            }
            String container = assignment.substring(0, eq);
            boolean known = set.getSpec().getTemplate().getSpec().getContainers().stream().anyMatch(c -> c.getName().equals(container));
            if (!known) {
                throw new ConsoleException("error: unable to find container named \"" + container + "\"");
            }
            if (!containers.isEmpty()) {
                containers.append(',');
            }
            containers.append("{\"name\":\"").append(container).append("\",\"image\":\"")
                    .append(assignment.substring(eq + 1).replace("\"", "\\\"")).append("\"}");
        }
        backend.patch(Kinds.STATEFUL_SET, namespace, target.name(),
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[" + containers + "]}}}}", true);
        return "statefulset.apps/" + target.name() + " image updated\n";
    }

    String cordon(List<String> words, boolean cordon) {
        String verb = cordon ? "cordon" : "uncordon";
        KubectlArgs args = KubectlArgs.parse(words, Set.of(), verb);
        if (args.positional().size() != 1) {
            throw new ConsoleException("error: USAGE: " + verb + " NODE [flags]\nSee 'kubectl " + verb + " -h' for help and examples");
        }
        String name = args.positional().get(0);
        Node node = backend.get(Node.class, Kinds.NODE, null, name);
        if (node == null) {
            throw new ConsoleException("Error from server (NotFound): nodes \"" + name + "\" not found");
        }
        boolean already = Boolean.TRUE.equals(node.getSpec().getUnschedulable()) == cordon;
        if (!already) {
            backend.patch(Kinds.NODE, null, name, "{\"spec\":{\"unschedulable\":" + (cordon ? "true" : "null") + "}}", false);
        }
        return "node/" + name + (already ? " already " : " ") + verb + "ed\n";
    }

    /** The {@code TYPE NAME} or {@code TYPE/NAME} a command acts on. */
    record Target(ResourceType type, String name) {
        static Target of(List<String> positional, String verb) {
            if (positional.size() == 1 && positional.get(0).contains("/")) {
                String[] parts = positional.get(0).split("/", 2);
                return new Target(ResourceType.parse(parts[0]), parts[1]);
            }
            if (positional.size() == 2) {
                return new Target(ResourceType.parse(positional.get(0)), positional.get(1));
            }
            if (positional.size() == 1) {
                ResourceType.parse(positional.get(0));
                throw new ConsoleException("error: resource(s) were provided, but no name was specified");
            }
            throw new ConsoleException("error: You must specify the type of resource to " + verb
                    + ". Use \"kubectl api-resources\" for a complete list of supported resources.");
        }
    }
}
