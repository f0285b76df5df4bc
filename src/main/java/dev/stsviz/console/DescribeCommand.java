package dev.stsviz.console;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Resources;
import dev.stsviz.cluster.describe.NodeDescriber;
import dev.stsviz.cluster.describe.PodDescriber;
import dev.stsviz.cluster.describe.PvcDescriber;
import dev.stsviz.cluster.describe.PvcUsers;
import dev.stsviz.cluster.describe.ReplicaSetDescriber;
import dev.stsviz.cluster.describe.StatefulSetDescriber;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code kubectl describe pod|node|pvc|sts|rs NAME}: the object, the objects it relates to, and its events. */
final class DescribeCommand {
    /** Where each node's heartbeat Lease lives ({@code corev1.NamespaceNodeLease}). */
    private static final String NODE_LEASE_NAMESPACE = "kube-node-lease";
    /** {@code corev1.MirrorPodAnnotationKey}. */
    private static final String MIRROR_POD = "kubernetes.io/config.mirror";
    private static final Pattern SERVER_ERROR = Pattern.compile("^Error from server( \\([^)]*\\))?: ");

    private final ConsoleBackend backend;

    DescribeCommand(ConsoleBackend backend) {
        this.backend = backend;
    }

    String run(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("namespace"), "describe");
        WriteCommands.Target target = WriteCommands.Target.of(args.positional(), "describe");
        String namespace = target.type().clusterScoped() ? null : args.value("namespace", backend.namespace());
        HasMetadata object = backend.get(target.type().type(), target.type().kind(), namespace, target.name());
        if (object == null) {
            throw new ConsoleException("Error from server (NotFound): " + Resources.plural(target.type().kind()) + " \""
                    + target.name() + "\" not found");
        }
        List<Event> events = eventsOf(object);
        return switch (target.type()) {
            case PODS -> PodDescriber.describe((Pod) object, events, backend.now());
            case NODES -> describeNode((Node) object, events);
            case PVC -> PvcDescriber.describe((PersistentVolumeClaim) object,
                    PvcUsers.select((PersistentVolumeClaim) object, backend.list(Pod.class, Kinds.POD, namespace)), events, backend.now());
            case STATEFULSETS -> StatefulSetDescriber.describe((StatefulSet) object, backend.list(Pod.class, Kinds.POD, namespace),
                    events, backend.now());
            case REPLICASETS -> ReplicaSetDescriber.describe((ReplicaSet) object, backend.list(Pod.class, Kinds.POD, namespace),
                    events, backend.now());
            default -> throw new ConsoleException("error: the console describes pods, nodes, pvc, statefulsets and replicasets");
        };
    }

    /**
     * As kubectl's NodeDescriber: the node's Lease from kube-node-lease (a failed lookup is printed, not fatal) and
     * the non-terminated pods of all namespaces bound to it ("Pods: not authorized" when listing them is forbidden).
     */
    private String describeNode(Node node, List<Event> events) {
        String name = node.getMetadata().getName();
        List<Pod> pods;
        try {
            pods = backend.list(Pod.class, Kinds.POD, null);
        } catch (ConsoleException e) {
            if (!e.getMessage().startsWith("Error from server (Forbidden)")) {
                throw e;
            }
            pods = null;
        }
        Lease lease;
        try {
            lease = backend.get(Lease.class, Kinds.LEASE, NODE_LEASE_NAMESPACE, name);
        } catch (ConsoleException e) {
            // kubectl prints the API error itself, without the "Error from server (Reason): " of its top level
            return NodeDescriber.describeLeaseFailed(node, SERVER_ERROR.matcher(e.getMessage()).replaceFirst(""), pods, events,
                    backend.now());
        }
        return NodeDescriber.describe(node, lease, pods, events, backend.now());
    }

    /**
     * The events kubectl's {@code searchEvents} finds: those whose involvedObject has this object's kind, name,
     * namespace ("" for cluster-scoped objects, whose events may be stored in any namespace) and uid. For a node,
     * kubectl also asks for the uid the kubelet records, the node's name, and merges both answers.
     */
    private List<Event> eventsOf(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        String name = object.getMetadata().getName();
        String uid = Objects.toString(object.getMetadata().getUid(), "");
        Map<String, String> annotations = object.getMetadata().getAnnotations();
        if (Kinds.POD.equals(object.getKind()) && annotations != null && annotations.containsKey(MIRROR_POD)) {
            uid = Objects.toString(annotations.get(MIRROR_POD), ""); // a static pod's events name the kubelet's uid
        }
        String objectUid = uid;
        boolean node = Kinds.NODE.equals(object.getKind());
        return backend.list(Event.class, Kinds.EVENT, namespace).stream()
                .filter(e -> {
                    ObjectReference ref = e.getInvolvedObject();
                    if (ref == null || !object.getKind().equals(ref.getKind()) || !name.equals(ref.getName())
                            || !Objects.toString(namespace, "").equals(Objects.toString(ref.getNamespace(), ""))) {
                        return false;
                    }
                    String eventUid = Objects.toString(ref.getUid(), "");
                    return objectUid.isEmpty() || objectUid.equals(eventUid) || (node && name.equals(eventUid));
                })
                .toList();
    }
}
