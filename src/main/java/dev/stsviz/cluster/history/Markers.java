package dev.stsviz.cluster.history;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Nodes;
import dev.stsviz.cluster.print.PodPrinter;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * Names the moments that matter by comparing an object's new version with the one before it. Status words are
 * kubectl's (a pod is "Unknown" exactly when {@code kubectl get pods} would print it).
 */
final class Markers {
    private Markers() {
    }

    /**
     * The marker a change makes, or null. {@code nodes} finds the latest version of a node (to tell a pod deleted
     * by its kubelet from one force-deleted off a lost node).
     */
    static Marker of(long index, Instant time, HasMetadata before, ClusterChange change, Function<String, Node> nodes) {
        HasMetadata after = change.object();
        String kind = after.getKind();
        boolean deleted = change.type() == ClusterChange.Type.DELETE;
        if (Kinds.NODE.equals(kind) && before instanceof Node was && after instanceof Node now && !deleted) {
            boolean ready = Nodes.isReady(now);
            return ready == Nodes.isReady(was) ? null
                    : marker(index, time, ready ? Marker.Kind.NODE_READY : Marker.Kind.NODE_NOT_READY, "node " + name(now) + (ready ? " Ready" : " NotReady"));
        }
        if (Kinds.POD.equals(kind) && after instanceof Pod pod) {
            return pod(index, time, (Pod) before, pod, deleted, nodes);
        }
        if (Kinds.STATEFUL_SET.equals(kind) && before instanceof StatefulSet was && after instanceof StatefulSet now && !deleted) {
            return statefulSet(index, time, was, now);
        }
        if (Kinds.EVENT.equals(kind) && before == null && !deleted && after instanceof Event event) {
            if ("TaintManagerEviction".equals(event.getReason()) && String.valueOf(event.getMessage()).startsWith("Marking")) {
                return marker(index, time, Marker.Kind.POD_EVICTED, "pod " + event.getInvolvedObject().getName() + " evicted (taint)");
            }
            if ("Warning".equals(event.getType())) {
                return marker(index, time, Marker.Kind.WARNING, "Warning " + event.getReason() + ": "
                        + event.getInvolvedObject().getKind().toLowerCase() + "/" + event.getInvolvedObject().getName());
            }
        }
        return null;
    }

    private static Marker pod(long index, Instant time, Pod before, Pod after, boolean deleted, Function<String, Node> nodes) {
        String name = name(after);
        if (deleted) {
            Pod last = before != null ? before : after;
            boolean graceful = last.getMetadata().getDeletionTimestamp() != null;
            String node = last.getSpec() == null ? null : last.getSpec().getNodeName();
            Node host = node == null ? null : nodes.apply(node);
            // a pod on a node that is gone or not Ready has no kubelet to confirm it: only a force delete removes it
            boolean forced = !graceful && node != null || graceful && node != null && (host == null || !Nodes.isReady(host));
            return marker(index, time, forced ? Marker.Kind.POD_FORCE_DELETED : Marker.Kind.POD_DELETED,
                    "pod " + name + (forced ? " force-deleted" : " deleted"));
        }
        if (before == null) {
            return marker(index, time, Marker.Kind.POD_CREATED, "pod " + name + " created");
        }
        if (before.getMetadata().getDeletionTimestamp() == null && after.getMetadata().getDeletionTimestamp() != null) {
            return marker(index, time, Marker.Kind.POD_TERMINATING, "pod " + name + " Terminating");
        }
        if ("Unknown".equals(PodPrinter.status(after)) && !"Unknown".equals(PodPrinter.status(before))) {
            return marker(index, time, Marker.Kind.POD_UNKNOWN, "pod " + name + " Unknown");
        }
        return null;
    }

    private static Marker statefulSet(long index, Instant time, StatefulSet was, StatefulSet now) {
        Integer from = was.getSpec().getReplicas();
        Integer to = now.getSpec().getReplicas();
        if (!Objects.equals(from, to)) {
            return marker(index, time, Marker.Kind.SCALED, "sts " + name(now) + " scaled " + from + " → " + to);
        }
        var a = was.getStatus();
        var b = now.getStatus();
        if (b == null || b.getUpdateRevision() == null || Objects.equals(b.getUpdateRevision(), b.getCurrentRevision())
                && (a == null || Objects.equals(a.getUpdateRevision(), a.getCurrentRevision()))) {
            return null; // no rollout going on, nor one just finished
        }
        boolean started = a == null || !Objects.equals(a.getUpdateRevision(), b.getUpdateRevision());
        boolean stepped = a != null && !Objects.equals(a.getUpdatedReplicas(), b.getUpdatedReplicas());
        if (!started && !stepped) {
            return null;
        }
        int updated = b.getUpdatedReplicas() == null ? 0 : b.getUpdatedReplicas();
        return marker(index, time, Marker.Kind.ROLLOUT, "sts " + name(now) + " rollout " + updated + "/" + now.getSpec().getReplicas() + " updated");
    }

    private static Marker marker(long index, Instant time, Marker.Kind kind, String label) {
        return new Marker(index, time, kind, label);
    }

    private static String name(HasMetadata object) {
        return object.getMetadata().getName();
    }
}
