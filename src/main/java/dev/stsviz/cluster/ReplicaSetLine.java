package dev.stsviz.cluster;

import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodSummary;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The why-line of a ReplicaSet, beside its StatefulSets': how many of its pods are ready of how many it wants, the
 * pods it still waits for, and its terminating pods, which it does not count (the ReplicaSet controller's
 * {@code FilterActivePods} in {@code pkg/controller/controller_utils.go} leaves them out): a pod stuck Terminating on a
 * lost node is replaced at once by a pod with a new name, where a StatefulSet waits to keep the name. Computed from
 * API objects only, so it reads a live cluster like the simulator.
 */
public final class ReplicaSetLine {
    /** Pods named at most this many times per kind of trouble; the line stays one line. */
    private static final int NAMED = 2;

    private ReplicaSetLine() {
    }

    /** E.g. "3/3 ready", or "2/3 ready · waiting for kubia-rs-x7k2p (ContainerCreating)". {@code pods} may hold others. */
    public static String explain(ReplicaSet rs, List<Pod> pods, Map<String, Node> nodes) {
        int desired = rs.getSpec() == null || rs.getSpec().getReplicas() == null ? 1 : rs.getSpec().getReplicas();
        List<Pod> active = new ArrayList<>();
        List<Pod> terminating = new ArrayList<>();
        for (Pod pod : pods) {
            if (ownedBy(pod, rs)) {
                (Pods.isTerminating(pod) ? terminating : active).add(pod);
            }
        }
        int ready = 0;
        List<String> waiting = new ArrayList<>();
        for (Pod pod : active) {
            if (Pods.isReady(pod)) {
                ready++;
            } else if (!Pods.isTerminal(pod)) {
                waiting.add(pod.getMetadata().getName() + " (" + PodSummary.of(pod).reason() + ")");
            }
        }
        StringBuilder line = new StringBuilder().append(ready).append('/').append(desired).append(" ready");
        if (active.size() < desired) {
            line.append(" · creating ").append(desired - active.size()).append(desired - active.size() == 1 ? " pod" : " pods");
        } else if (active.size() > desired) {
            line.append(" · deleting ").append(active.size() - desired).append(active.size() - desired == 1 ? " pod" : " pods");
        }
        if (!waiting.isEmpty()) {
            line.append(" · waiting for ").append(names(waiting));
        }
        List<String> stuck = new ArrayList<>();
        for (Pod pod : terminating) {
            String nodeName = Pods.nodeName(pod);
            Node node = nodeName == null ? null : nodes.get(nodeName);
            boolean lost = node != null && !NodePrinter.status(node).startsWith("Ready");
            stuck.add(pod.getMetadata().getName() + " Terminating" + (lost ? " on " + nodeName + " (NotReady)" : ""));
        }
        if (!stuck.isEmpty()) {
            line.append(" · ").append(names(stuck)).append(active.size() >= desired
                    ? ": not counted, replaced at once (a new name)" : ": not counted");
        }
        return line.toString();
    }

    /** Has pods or wants some: an old ReplicaSet of a Deployment (0 replicas, no pods) says nothing. */
    public static boolean worthALine(ReplicaSet rs, List<Pod> pods) {
        Integer replicas = rs.getSpec() == null ? null : rs.getSpec().getReplicas();
        return replicas == null || replicas > 0 || pods.stream().anyMatch(p -> ownedBy(p, rs));
    }

    /** The pod's controller reference names this ReplicaSet (by uid where both have one). */
    static boolean ownedBy(Pod pod, ReplicaSet rs) {
        OwnerReference ref = Owners.controllerOf(pod);
        String uid = rs.getMetadata().getUid();
        return ref != null && Kinds.REPLICA_SET.equals(ref.getKind()) && rs.getMetadata().getName().equals(ref.getName())
                && (uid == null || ref.getUid() == null || uid.equals(ref.getUid()));
    }

    private static String names(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(NAMED, items.size())));
        return items.size() > NAMED ? shown + " and " + (items.size() - NAMED) + " more" : shown;
    }
}
