package dev.stsviz.console;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Resources;
import dev.stsviz.cluster.describe.NodeDescriber;
import dev.stsviz.cluster.describe.PodDescriber;
import dev.stsviz.cluster.describe.PvcDescriber;
import dev.stsviz.cluster.describe.PvcUsers;
import dev.stsviz.cluster.describe.StatefulSetDescriber;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@code kubectl describe pod|node|pvc|sts NAME}: the object, the objects it relates to, and its events. */
final class DescribeCommand {
    private final ConsoleBackend backend;

    DescribeCommand(ConsoleBackend backend) {
        this.backend = backend;
    }

    String run(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("namespace"), "describe");
        WriteCommands.Target target = WriteCommands.Target.of(args.positional(), "describe");
        String namespace = target.type().clusterScoped() ? null : args.value("namespace", "default");
        HasMetadata object = backend.get(target.type().type(), target.type().kind(), namespace, target.name());
        if (object == null) {
            throw new ConsoleException("Error from server (NotFound): " + Resources.plural(target.type().kind()) + " \""
                    + target.name() + "\" not found");
        }
        List<Event> events = eventsOf(object);
        String podNamespace = namespace == null ? null : namespace;
        return switch (target.type()) {
            case PODS -> PodDescriber.describe((Pod) object, events, backend.now());
            case NODES -> NodeDescriber.describe((Node) object, backend.list(Pod.class, Kinds.POD, null), events, backend.now());
            case PVC -> PvcDescriber.describe((PersistentVolumeClaim) object,
                    PvcUsers.select((PersistentVolumeClaim) object, backend.list(Pod.class, Kinds.POD, podNamespace)), events, backend.now());
            case STATEFULSETS -> StatefulSetDescriber.describe((StatefulSet) object, backend.list(Pod.class, Kinds.POD, podNamespace),
                    events, backend.now());
            default -> throw new ConsoleException("error: the console describes pods, nodes, pvc and statefulsets");
        };
    }

    /** Events whose involved object is this one (by uid, as kubectl's field selector does). */
    private List<Event> eventsOf(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace() == null ? "default" : object.getMetadata().getNamespace();
        return backend.list(Event.class, Kinds.EVENT, namespace).stream()
                .filter(e -> e.getInvolvedObject() != null && object.getKind().equals(e.getInvolvedObject().getKind())
                        && object.getMetadata().getName().equals(e.getInvolvedObject().getName())
                        && (e.getInvolvedObject().getUid() == null || Objects.equals(e.getInvolvedObject().getUid(), object.getMetadata().getUid())))
                .toList();
    }
}
