package dev.stsviz.differential;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Owners;
import dev.stsviz.cluster.RolloutStatus;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.cluster.print.PvcPrinter;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The kubectl-visible state of each object the comparison follows, one line per object: what {@code kubectl get}
 * prints for it and the few fields a reader of {@code describe} or {@code rollout status} sees. Lines name nodes by
 * their real names; {@link NodeRoles} renames them afterwards.
 */
final class KubectlLines {
    /** Restart counts are printed without their "(5s ago)" suffix, which depends on the moment of printing. */
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    private KubectlLines() {
    }

    /** Every followed object's line, keyed {@code kind/name}: pods, claims and StatefulSets of {@code namespace}, and nodes. */
    static Map<String, String> of(ClusterState state, String namespace) {
        Map<String, String> lines = new TreeMap<>();
        List<StatefulSet> sets = inNamespace(state.list(StatefulSet.class, Kinds.STATEFUL_SET), namespace);
        for (Pod pod : inNamespace(state.list(Pod.class, Kinds.POD), namespace)) {
            lines.put("pod/" + name(pod), pod(pod, sets));
        }
        for (PersistentVolumeClaim claim : inNamespace(state.list(PersistentVolumeClaim.class, Kinds.PVC), namespace)) {
            lines.put("pvc/" + name(claim), claim(claim, state));
        }
        for (StatefulSet set : sets) {
            lines.put("sts/" + name(set), set(set));
        }
        for (Node node : state.list(Node.class, Kinds.NODE)) {
            lines.put("node/" + name(node), node(node));
        }
        return lines;
    }

    static String pod(Pod pod, List<StatefulSet> sets) {
        String node = pod.getSpec() == null || pod.getSpec().getNodeName() == null ? "<none>" : pod.getSpec().getNodeName();
        return PodPrinter.ready(pod) + " " + PodPrinter.status(pod) + " " + node + " restarts=" + PodPrinter.restarts(pod, FAR_FUTURE)
                + " owner=" + controller(pod) + revisionRole(pod, sets).map(role -> " revision=" + role).orElse("");
    }

    /** The controller owning the pod, as kind/name, or none (an orphan or a released pod). */
    private static String controller(Pod pod) {
        var ref = Owners.controllerOf(pod);
        return ref == null ? "none" : ref.getKind() + "/" + ref.getName();
    }

    /** current / update / old: where the pod's controller-revision-hash stands against its set's status. */
    private static Optional<String> revisionRole(Pod pod, List<StatefulSet> sets) {
        Map<String, String> labels = pod.getMetadata().getLabels();
        String hash = labels == null ? null : labels.get("controller-revision-hash");
        if (hash == null) {
            return Optional.empty();
        }
        Optional<StatefulSet> owner = sets.stream().filter(s -> Owners.isControlledBy(pod, s)).findFirst();
        if (owner.isEmpty() || owner.get().getStatus() == null) {
            return Optional.of("unowned");
        }
        StatefulSetStatus status = owner.get().getStatus();
        if (hash.equals(status.getUpdateRevision()) && !hash.equals(status.getCurrentRevision())) {
            return Optional.of("update");
        }
        return Optional.of(hash.equals(status.getCurrentRevision()) ? "current" : "old");
    }

    /** STATUS, and the claim the bound volume was provisioned for (its name is random on both sides). */
    static String claim(PersistentVolumeClaim claim, ClusterState state) {
        String volume = claim.getSpec() == null ? null : claim.getSpec().getVolumeName();
        String owner = "<none>";
        if (volume != null && !volume.isEmpty()) {
            owner = state.get(PersistentVolume.class, Kinds.PV, null, volume)
                    .map(pv -> pv.getSpec().getClaimRef() == null ? "unclaimed" : "volume-of:" + pv.getSpec().getClaimRef().getName())
                    .orElse("volume");
        }
        return PvcPrinter.status(claim) + " " + owner;
    }

    static String set(StatefulSet set) {
        StatefulSetStatus status = set.getStatus() == null ? new StatefulSetStatus() : set.getStatus();
        String revisions = status.getUpdateRevision() == null ? "none"
                : Objects.equals(status.getCurrentRevision(), status.getUpdateRevision()) ? "current=update" : "current!=update";
        return "replicas=" + zero(status.getReplicas()) + " ready=" + zero(status.getReadyReplicas())
                + " current=" + zero(status.getCurrentReplicas()) + " updated=" + zero(status.getUpdatedReplicas())
                + " available=" + zero(status.getAvailableReplicas()) + " revisions:" + revisions
                + " rollout: " + RolloutStatus.of(set).text().strip();
    }

    static String node(Node node) {
        List<Taint> taints = node.getSpec() == null || node.getSpec().getTaints() == null ? List.of() : node.getSpec().getTaints();
        String taintText = taints.stream().map(t -> t.getKey() + ":" + t.getEffect()).sorted().collect(Collectors.joining(","));
        return NodePrinter.status(node) + (taintText.isEmpty() ? "" : " taints=" + taintText);
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String name(HasMetadata object) {
        return object.getMetadata().getName();
    }

    private static <T extends HasMetadata> List<T> inNamespace(List<T> objects, String namespace) {
        return objects.stream().filter(o -> namespace.equals(o.getMetadata().getNamespace())).toList();
    }
}
