package dev.stsviz.differential;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.console.CommandResult;
import dev.stsviz.console.Console;
import dev.stsviz.console.ConsoleBackend;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Which pods a ReplicaSet deletes first when it scales down, told apart by rank class. Upstream's
 * {@code getPodsToDelete} ({@code pkg/controller/replicaset/replica_set.go}) sorts the active pods with
 * {@code ActivePodsWithRanks.Less} ({@code pkg/controller/controller_utils.go}) and deletes the first ones: unassigned
 * before assigned, Pending before Unknown before Running, not ready before ready, then deletion cost, pods doubled up
 * on a node, time since ready, restarts and age. Pods that tie keep the informer cache's order, which is random, so
 * only the classes can be compared, not the names.
 *
 * <p>The same steps on any console backend (the simulator's, or the real control plane's with a node freezer): a
 * ReplicaSet of three that may run anywhere and tolerates a lost node for an hour; one node with exactly one of its
 * pods is cut off until that pod is not ready; every node is cordoned and the set scaled to five, so two pods stay
 * unassigned; then it is scaled down one replica at a time, and each deleted pod's class at the moment of that
 * scale-down is recorded. Node names differ between the sides: each side picks from its own.
 */
final class ScaleDownVictims {
    static final String MANIFEST = "src/test/resources/differential/kubia-rs-anywhere.yaml";
    private static final String LABEL = "app";
    private static final String SET = "kubia-rs";

    /** The classes of ActivePodsWithRanks' first three comparisons, in the order it deletes them. */
    enum RankClass { UNASSIGNED, PENDING, UNKNOWN, NOT_READY, READY }

    private final ConsoleBackend backend;
    private final Console console;
    private final Duration timeout;

    ScaleDownVictims(ConsoleBackend backend, Duration timeout) {
        this.backend = backend;
        this.console = new Console(backend, Path.of("").toAbsolutePath());
        this.timeout = timeout;
    }

    /** The class of each pod deleted, one scale-down step (5 → 4 → 3 → 2 → 1) after another. */
    List<RankClass> run() {
        ok("kubectl apply -f " + MANIFEST);
        await("three pods Running and Ready", () -> active().size() == 3 && count(RankClass.READY) == 3);
        String lost = nodeWithOnePod();
        backend.nodeFaults().disconnect(lost);
        await("the pod on " + lost + " not ready", () -> count(RankClass.NOT_READY) == 1);
        for (Node node : nodes()) {
            ok("kubectl cordon " + node.getMetadata().getName());
        }
        ok("kubectl scale rs " + SET + " --replicas=5");
        await("two new pods left unassigned", () -> active().size() == 5 && count(RankClass.UNASSIGNED) == 2);
        List<RankClass> victims = new ArrayList<>();
        for (int replicas = 4; replicas >= 1; replicas--) {
            Map<String, RankClass> before = new HashMap<>();
            active().forEach(p -> before.put(p.getMetadata().getUid(), classOf(p)));
            ok("kubectl scale rs " + SET + " --replicas=" + replicas);
            int wanted = replicas;
            await(wanted + " active pods", () -> active().size() == wanted);
            Set<String> deleted = new HashSet<>(before.keySet());
            active().forEach(p -> deleted.remove(p.getMetadata().getUid()));
            if (deleted.size() != 1) {
                throw new AssertionError("scaling to " + wanted + " deleted " + deleted.size() + " pods: " + describe());
            }
            victims.add(before.get(deleted.iterator().next()));
        }
        return victims;
    }

    /** Reconnects the node and uncordons every node: the cluster is shared with the tests that follow. */
    void cleanUp() {
        backend.nodeFaults().reconnectAll();
        for (Node node : nodes()) {
            console.execute("kubectl uncordon " + node.getMetadata().getName());
        }
    }

    static RankClass classOf(Pod pod) {
        String node = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
        if (node == null || node.isEmpty()) {
            return RankClass.UNASSIGNED;
        }
        return switch (Pods.phase(pod)) {
            case "Pending" -> RankClass.PENDING;
            case "Unknown" -> RankClass.UNKNOWN;
            default -> Pods.isReady(pod) ? RankClass.READY : RankClass.NOT_READY;
        };
    }

    /** The set's pods that count for it: neither terminating nor finished ({@code controller.FilterActivePods}). */
    private List<Pod> active() {
        return backend.list(Pod.class, Kinds.POD, backend.namespace()).stream()
                .filter(p -> p.getMetadata().getLabels() != null && SET.equals(p.getMetadata().getLabels().get(LABEL)))
                .filter(p -> !Pods.isTerminating(p) && !"Succeeded".equals(Pods.phase(p)) && !"Failed".equals(Pods.phase(p)))
                .toList();
    }

    private long count(RankClass rankClass) {
        return active().stream().filter(p -> classOf(p) == rankClass).count();
    }

    private String nodeWithOnePod() {
        Map<String, Long> perNode = active().stream().collect(Collectors.groupingBy(p -> p.getSpec().getNodeName(), Collectors.counting()));
        return perNode.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).sorted().findFirst()
                .orElseThrow(() -> new AssertionError("no node runs exactly one of the pods: " + perNode));
    }

    private List<Node> nodes() {
        return backend.list(Node.class, Kinds.NODE, null);
    }

    private void ok(String line) {
        CommandResult result = console.execute(line);
        if (!result.ok()) {
            throw new AssertionError(line + " failed: " + result.output());
        }
    }

    private void await(String what, BooleanSupplier condition) {
        if (!backend.waitUntil(condition, timeout)) {
            throw new AssertionError("not within " + timeout + ": " + what + "; pods: " + describe());
        }
    }

    private String describe() {
        return active().stream().map(p -> p.getMetadata().getName() + "@" + p.getSpec().getNodeName() + "=" + classOf(p))
                .collect(Collectors.joining(", "));
    }
}
