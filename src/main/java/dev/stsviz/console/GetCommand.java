package dev.stsviz.console;

import dev.stsviz.cluster.print.ControllerRevisionPrinter;
import dev.stsviz.cluster.print.EndpointsPrinter;
import dev.stsviz.cluster.print.EventPrinter;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.cluster.print.PvPrinter;
import dev.stsviz.cluster.print.PvcPrinter;
import dev.stsviz.cluster.print.ReplicaSetPrinter;
import dev.stsviz.cluster.print.ServerTablePrinter;
import dev.stsviz.cluster.print.ServicePrinter;
import dev.stsviz.cluster.print.StatefulSetPrinter;
import dev.stsviz.cluster.print.Table;
import dev.stsviz.cluster.print.VolumeAttachmentPrinter;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code kubectl get TYPE [NAME...] [-o wide|yaml|json|name] [-n NS] [-l SELECTOR]}. */
final class GetCommand {
    private static final Set<String> FLAGS = Set.of("output", "namespace", "selector");
    private final ConsoleBackend backend;

    GetCommand(ConsoleBackend backend) {
        this.backend = backend;
    }

    String run(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, FLAGS, "get");
        if (args.positional().isEmpty()) {
            throw new ConsoleException("You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\n"
                    + "error: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\n"
                    + "See 'kubectl get -h' for help and examples");
        }
        String typeWord = args.positional().get(0);
        List<String> names = new ArrayList<>(args.positional().subList(1, args.positional().size()));
        if (typeWord.contains("/")) {
            names.add(0, typeWord.substring(typeWord.indexOf('/') + 1));
            typeWord = typeWord.substring(0, typeWord.indexOf('/'));
        }
        ResourceType type = ResourceType.parse(typeWord);
        LabelQuery selector = args.has("selector") ? LabelQuery.parse(args.value("selector")) : null;
        if (selector != null && !names.isEmpty()) {
            throw new ConsoleException("error: name cannot be provided when a selector is specified");
        }
        String namespace = type.clusterScoped() ? null : args.value("namespace", backend.namespace());
        String output = args.value("output", "");
        if (!List.of("", "wide", "yaml", "json", "name").contains(output)) {
            throw new ConsoleException("error: unable to match a printer suitable for the output format \"" + output
                    + "\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml");
        }
        if (output.isEmpty() || output.equals("wide")) {
            String printed = serverPrinted(type, namespace, names, selector, output.equals("wide"));
            if (printed != null) {
                return printed;
            }
        }
        List<HasMetadata> objects = new ArrayList<>();
        StringBuilder errors = new StringBuilder();
        if (names.isEmpty()) {
            backend.list(type.type(), type.kind(), namespace).stream()
                    .filter(o -> selector == null || selector.matches(o))
                    .forEach(objects::add);
        } else {
            for (String name : names) {
                HasMetadata object = backend.get(type.type(), type.kind(), namespace, name);
                if (object == null) {
                    errors.append("Error from server (NotFound): ").append(dev.stsviz.cluster.Resources.plural(type.kind()))
                            .append(" \"").append(name).append("\" not found\n");
                } else {
                    objects.add(object);
                }
            }
        }
        String printed = objects.isEmpty() ? (names.isEmpty() ? Table.noResources(namespace) + "\n" : "")
                : print(type, objects, output, names.size() == 1);
        if (!errors.isEmpty()) {
            throw new ConsoleException(printed + errors.toString().stripTrailing());
        }
        return printed;
    }

    /**
     * kubectl's server-side printing: the server's own table, or null when the backend has none (then the built-in
     * printers print). As kubectl, a get by names asks for each name, prints the found rows in one table and then an
     * error line for each name that failed.
     */
    private String serverPrinted(ResourceType type, String namespace, List<String> names, LabelQuery selector, boolean wide) {
        List<io.fabric8.kubernetes.api.model.Table> tables = new ArrayList<>();
        StringBuilder errors = new StringBuilder();
        if (names.isEmpty()) {
            io.fabric8.kubernetes.api.model.Table table = backend.serverTable(type, namespace, null,
                    selector == null ? null : selector.text());
            if (table == null) {
                return null;
            }
            tables.add(table);
        } else {
            for (String name : names) {
                try {
                    io.fabric8.kubernetes.api.model.Table table = backend.serverTable(type, namespace, name);
                    if (table == null) {
                        return null;
                    }
                    tables.add(table);
                } catch (ConsoleException e) {
                    errors.append(e.getMessage()).append('\n');
                }
            }
        }
        String printed = ServerTablePrinter.rows(tables) > 0 ? ServerTablePrinter.print(tables, wide)
                : errors.isEmpty() ? Table.noResources(namespace) + "\n" : "";
        if (!errors.isEmpty()) {
            throw new ConsoleException(printed + errors.toString().stripTrailing());
        }
        return printed;
    }

    private String print(ResourceType type, List<HasMetadata> objects, String output, boolean single) {
        switch (output) {
            case "yaml":
                return ObjectOutput.yaml(objects, single);
            case "json":
                return ObjectOutput.json(objects, single);
            case "name": {
                StringBuilder sb = new StringBuilder();
                for (HasMetadata o : objects) {
                    sb.append(type.singular()).append('/').append(o.getMetadata().getName()).append('\n');
                }
                return sb.toString();
            }
            default:
                return table(type, objects, "wide".equals(output));
        }
    }

    @SuppressWarnings("unchecked")
    private String table(ResourceType type, List<HasMetadata> objects, boolean wide) {
        Instant now = backend.now();
        List<?> list = objects;
        return switch (type) {
            case PODS -> PodPrinter.table((List<Pod>) list, now, wide);
            case PVC -> new PvcPrinter(backend.printsVolumeAttributesClass()).table((List<PersistentVolumeClaim>) list, now, wide);
            case PV -> new PvPrinter(backend.printsVolumeAttributesClass()).table((List<PersistentVolume>) list, now, wide);
            case NODES -> NodePrinter.table((List<Node>) list, now, wide);
            case STATEFULSETS -> StatefulSetPrinter.table((List<StatefulSet>) list, now, wide);
            case REPLICASETS -> ReplicaSetPrinter.table((List<ReplicaSet>) list, now, wide);
            case SERVICES -> ServicePrinter.table((List<Service>) list, now, wide);
            case ENDPOINTS -> EndpointsPrinter.table((List<Endpoints>) list, now);
            case EVENTS -> EventPrinter.table((List<Event>) list, now, wide);
            case VOLUME_ATTACHMENTS -> VolumeAttachmentPrinter.table((List<VolumeAttachment>) list, now); // no wide columns
            case CONTROLLER_REVISIONS -> ControllerRevisionPrinter.table((List<ControllerRevision>) list, now); // no wide columns
        };
    }
}
