package dev.stsviz.differential;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Samples a state the same way on both sides: each call to {@link #sample} reads every followed object's kubectl
 * line and keeps it when it differs from that object's last one. An object that disappears gets the state
 * {@link TimedState#GONE}. Events are collected per involved object.
 */
final class Sampler {
    private static final Pattern VOLUME_NAME = Pattern.compile("pvc-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private final ClusterState state;
    private final String namespace;
    private final Map<String, List<TimedState>> states = new TreeMap<>();
    private final Map<String, String> last = new LinkedHashMap<>();
    private final Map<String, SortedSet<String>> events = new TreeMap<>();
    private final Map<String, String> firstPod = new LinkedHashMap<>();

    /** Follows the objects of {@code namespace} and the nodes in {@code state}. */
    Sampler(ClusterState state, String namespace) {
        this.state = state;
        this.namespace = namespace;
    }

    /** Reads the state as it is at {@code at} (a negative time, before the first command, counts as 0). */
    synchronized void sample(Duration at) {
        Duration when = at.isNegative() ? Duration.ZERO : at;
        Map<String, String> now = KubectlLines.of(state, namespace);
        for (Map.Entry<String, String> line : now.entrySet()) {
            if (!line.getValue().equals(last.get(line.getKey()))) {
                states.computeIfAbsent(line.getKey(), k -> new ArrayList<>()).add(new TimedState(when, line.getValue()));
                last.put(line.getKey(), line.getValue());
                notePlacement(line.getKey(), line.getValue());
            }
        }
        for (String object : List.copyOf(last.keySet())) {
            if (!now.containsKey(object) && !TimedState.GONE.equals(last.get(object))) {
                states.get(object).add(new TimedState(when, TimedState.GONE));
                last.put(object, TimedState.GONE);
            }
        }
        for (Event event : state.list(Event.class, Kinds.EVENT)) {
            // A node's events are recorded in namespace default, which the control plane side does not watch.
            if (event.getInvolvedObject() == null || !namespace.equals(event.getMetadata().getNamespace())
                    || Kinds.NODE.equals(event.getInvolvedObject().getKind())) {
                continue;
            }
            String object = event.getInvolvedObject().getKind().toLowerCase(java.util.Locale.ROOT) + "/" + event.getInvolvedObject().getName();
            events.computeIfAbsent(object, k -> new TreeSet<>()).add(event.getReason() + ": " + normalise(event.getMessage()));
        }
    }

    /** Each node's first pod: nodes are numbered by it, so pods created together (Parallel) number them alike. */
    private void notePlacement(String object, String line) {
        if (!object.startsWith("pod/")) {
            return;
        }
        String node = line.split(" ")[2];
        if (!node.equals("<none>")) {
            firstPod.putIfAbsent(node, object);
        }
    }

    private String normalise(String message) {
        String text = message == null ? "" : message;
        return VOLUME_NAME.matcher(text.replace(namespace + "/", "NAMESPACE/")).replaceAll("pvc-UID");
    }

    /** The normal form: nodes renamed to their roles in keys, states and event messages. */
    synchronized Observed observed(List<Duration> commands) {
        List<String> nodes = state.list(Node.class, Kinds.NODE).stream().map(n -> n.getMetadata().getName()).toList();
        List<String> allNodes = new ArrayList<>(nodes);
        states.keySet().stream().filter(k -> k.startsWith("node/")).map(k -> k.substring(5)).filter(n -> !allNodes.contains(n)).forEach(allNodes::add);
        List<String> placementOrder = firstPod.keySet().stream().sorted(java.util.Comparator.comparing(firstPod::get)).toList();
        NodeRoles roles = new NodeRoles(placementOrder, allNodes);
        java.util.Set<String> lost = new java.util.TreeSet<>();
        states.forEach((object, sequence) -> {
            if (object.startsWith("node/") && sequence.stream().anyMatch(s -> s.state().startsWith("NotReady"))) {
                lost.add(object.substring(5));
            }
        });
        NodeRoles fates = NodeRoles.byFate(allNodes, lost);
        Map<String, List<TimedState>> renamed = new TreeMap<>();
        states.forEach((object, sequence) -> {
            NodeRoles naming = object.startsWith("node/") ? roles : fates;
            renamed.put(roles.rename(object), sequence.stream().map(s -> new TimedState(s.at(), naming.rename(s.state()))).toList());
        });
        Map<String, SortedSet<String>> renamedEvents = new TreeMap<>();
        events.forEach((object, set) -> {
            SortedSet<String> texts = new TreeSet<>();
            set.forEach(e -> texts.add(fates.rename(e)));
            renamedEvents.put(roles.rename(object), texts);
        });
        return new Observed(renamed, renamedEvents, commands);
    }
}
