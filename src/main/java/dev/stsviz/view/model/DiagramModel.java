package dev.stsviz.view.model;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.ControllerClocks;
import dev.stsviz.cluster.ControllerTimers;
import dev.stsviz.cluster.Dns;
import dev.stsviz.cluster.NodeClock;
import dev.stsviz.cluster.PodClock;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.StatefulSets;
import dev.stsviz.cluster.VolumePlace;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodSummary;
import dev.stsviz.cluster.print.PvcPrinter;
import dev.stsviz.cluster.print.Rfc3339;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One immutable picture of the cluster for the diagram, computed from the state: node columns with their pods,
 * unscheduled pods, the storage row, and a card per StatefulSet. Pure: no JavaFX, so it is built and tested anywhere.
 * {@link #of} builds it from scratch; the window keeps an {@link IncrementalDiagramModel}, which gives the same result
 * touching only what changed.
 */
public record DiagramModel(List<NodeView> nodes, List<PodView> unscheduled, List<ClaimView> claims, List<StatefulSetView> sets) {

    /** A picture without StatefulSet cards (benchmarks' synthetic clusters). */
    public DiagramModel(List<NodeView> nodes, List<PodView> unscheduled, List<ClaimView> claims) {
        this(nodes, unscheduled, claims, List.of());
    }

    /** kubia-0, kubia-1, ..., kubia-10: by StatefulSet (the name before the ordinal), then ordinal, then name. */
    static final Comparator<String> POD_NAMES = (a, b) -> {
        int oa = Pods.ordinal(a);
        int ob = Pods.ordinal(b);
        int c = comparePrefixes(a, oa < 0 ? a.length() : a.lastIndexOf('-'), b, ob < 0 ? b.length() : b.lastIndexOf('-'));
        if (c == 0) {
            c = Integer.compare(oa, ob);
        }
        return c != 0 ? c : a.compareTo(b);
    };

    /** data-kubia-0, data-kubia-1, ..., data-kubia-10: by prefix, then ordinal, then name. */
    static final Comparator<String> CLAIM_NAMES = (a, b) -> {
        int c = comparePrefixes(a, prefixLength(a), b, prefixLength(b));
        if (c == 0) {
            c = Integer.compare(Pods.ordinal(a), Pods.ordinal(b));
        }
        return c != 0 ? c : a.compareTo(b);
    };

    /** The column of pods bound to a node the API no longer has (deleted node, before PodGC). */
    static final String GONE = "Gone";

    /** Where kubelets keep their heartbeat Leases. */
    static final String NODE_LEASES = "kube-node-lease";

    public static DiagramModel of(ClusterState state, String namespace) {
        return of(state, namespace, null, ControllerTimers.NONE);
    }

    /** With the source's clocks: grace periods on the tiles, a lost node's countdowns on its column; null: none. */
    public static DiagramModel of(ClusterState state, String namespace, ControllerClocks clocks, ControllerTimers timers) {
        return of(state, namespace, clocks, timers, IpHistory.NONE);
    }

    /** As above, naming each recreated pod's previous IP as {@code history} remembers it. */
    public static DiagramModel of(ClusterState state, String namespace, ControllerClocks clocks, ControllerTimers timers,
                                  IpHistory history) {
        Map<String, List<PodView>> byNode = new TreeMap<>();
        List<PodView> unscheduled = new ArrayList<>();
        Map<String, PodView> mounts = new TreeMap<>();
        Map<String, java.util.TreeSet<String>> mounters = new HashMap<>(); // every pod mounting a claim (a shared one)
        Map<String, String> nodeOf = new HashMap<>();
        Map<String, StatefulSet> sets = setsIn(state, namespace);
        Map<String, PodView> byName = new HashMap<>(); // pods the cards read, by name
        for (Pod pod : state.list(Pod.class, Kinds.POD)) {
            if (!namespace.equals(pod.getMetadata().getNamespace())) {
                continue;
            }
            StatefulSet owner = ownerOf(sets, pod);
            PodView view = podView(pod, clocks, owner, history);
            nodeOf.put(view.name(), view.node());
            if (StatefulSetViews.readsPods(sets.get(Pods.parentName(view.name())))) {
                byName.put(view.name(), view); // only a small set's card reads its pods (ordinal chips)
            }
            if (view.node() == null) {
                unscheduled.add(view);
            } else {
                byNode.computeIfAbsent(view.node(), n -> new ArrayList<>()).add(view);
            }
            for (String claim : view.claims()) {
                mounts.put(claim, view); // pods come in name order: the last one mounting a claim shows
                mounters.computeIfAbsent(claim, c -> new java.util.TreeSet<>()).add(view.name());
            }
        }
        List<NodeView> nodes = new ArrayList<>();
        for (Node node : state.list(Node.class, Kinds.NODE)) {
            List<PodView> pods = byNode.remove(node.getMetadata().getName());
            nodes.add(nodeView(node, pods == null ? List.of() : sorted(pods), state, clocks, timers));
        }
        boolean nodesReadable = state.readable(Kinds.NODE);
        byNode.forEach((name, pods) -> nodes.add(absentNode(name, sorted(pods), nodesReadable)));
        List<ClaimView> claims = new ArrayList<>();
        ClaimPlaces places = new ClaimPlaces(state);
        for (PersistentVolumeClaim pvc : state.list(PersistentVolumeClaim.class, Kinds.PVC)) {
            if (namespace.equals(pvc.getMetadata().getNamespace())) {
                PodView by = mounts.get(pvc.getMetadata().getName());
                java.util.TreeSet<String> all = mounters.get(pvc.getMetadata().getName());
                claims.add(claimView(pvc, by == null ? null : by.name(), all,
                        places.place(state, pvc, all == null ? List.of() : all.stream().map(nodeOf::get).toList())));
            }
        }
        claims.sort(Comparator.comparing(ClaimView::name, CLAIM_NAMES));
        List<StatefulSetView> cards = new ArrayList<>();
        sets.values().forEach(set -> cards.add(StatefulSetViews.of(set, byName::get)));
        return new DiagramModel(nodes, sorted(unscheduled), claims, cards);
    }

    /** The namespace's StatefulSets by name, in name order. */
    static Map<String, StatefulSet> setsIn(ClusterState state, String namespace) {
        Map<String, StatefulSet> sets = new TreeMap<>();
        for (StatefulSet set : state.list(StatefulSet.class, Kinds.STATEFUL_SET)) {
            if (namespace.equals(set.getMetadata().getNamespace())) {
                sets.put(set.getMetadata().getName(), set);
            }
        }
        return sets;
    }

    /** The set whose pod this is (by name and controller reference, as the controller decides), or null. */
    static StatefulSet ownerOf(Map<String, StatefulSet> sets, Pod pod) {
        StatefulSet set = sets.get(Pods.parentName(pod.getMetadata().getName()));
        return set != null && StatefulSets.belongsToSet(set, pod) ? set : null;
    }

    private static int prefixLength(String name) {
        int dash = name.lastIndexOf('-');
        return dash < 0 ? name.length() : dash;
    }

    /** {@code a.substring(0, la).compareTo(b.substring(0, lb))} without the copies: sorting is on the hot path. */
    static int comparePrefixes(String a, int la, String b, int lb) {
        int n = Math.min(la, lb);
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return la - lb;
    }

    static List<PodView> sorted(Collection<PodView> pods) {
        List<PodView> list = new ArrayList<>(pods);
        list.sort(Comparator.comparing(PodView::name, POD_NAMES));
        return list;
    }

    /** A column; {@code pods} already in {@link #POD_NAMES} order. The state may hold the node's Lease (a live cluster). */
    static NodeView nodeView(Node node, List<PodView> pods, ClusterState state, ControllerClocks clocks, ControllerTimers timers) {
        NodeClock clock = null;
        if (clocks != null) {
            Lease lease = state.get(Lease.class, Kinds.LEASE, NODE_LEASES, node.getMetadata().getName()).orElse(null);
            clock = NodeClock.of(node, pods.stream().map(PodView::clock).filter(java.util.Objects::nonNull).toList(), lease,
                    clocks, timers);
        }
        String status = NodePrinter.status(node);
        List<String> taints = node.getSpec() == null ? List.of() : node.getSpec().getTaints().stream()
                .map(t -> t.getKey() + (t.getValue() == null ? "" : "=" + t.getValue()) + ":" + t.getEffect()).toList();
        boolean cordoned = node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
        return new NodeView(node.getMetadata().getName(), status, status.startsWith("Ready"), cordoned, taints,
                NodePrinter.roles(node), pods, clock);
    }

    /** A column for pods bound to a node the state lacks: gone if this user may read nodes, else just not visible. */
    static NodeView absentNode(String name, List<PodView> pods, boolean nodesReadable) {
        return new NodeView(name, nodesReadable ? GONE : NodeView.HIDDEN, false, false, List.of(), "<none>", pods);
    }

    /** Live objects may lack spec or status: read them null-safe. */
    static ClaimView claimView(PersistentVolumeClaim pvc, String mountedBy, Collection<String> mounters, VolumePlace place) {
        Quantity capacity = pvc.getStatus() == null ? null : pvc.getStatus().getCapacity().get("storage");
        return new ClaimView(pvc.getMetadata().getNamespace(), pvc.getMetadata().getName(), PvcPrinter.status(pvc),
                pvc.getSpec() == null ? null : pvc.getSpec().getVolumeName(), capacity == null ? "" : capacity.toString(),
                mountedBy, place.text(), place.stuck(), place.holder(), mounters == null ? List.of() : List.copyOf(mounters));
    }

    /** {@code owner}: the pod's StatefulSet or null; {@code history}: what the model saw of earlier pods of its name. */
    static PodView podView(Pod pod, ControllerClocks clocks, StatefulSet owner, IpHistory history) {
        String name = pod.getMetadata().getName();
        PodSummary summary = PodSummary.of(pod); // printPod's work once per pod, not once per column
        return new PodView(pod.getMetadata().getNamespace(), name, Pods.ordinal(name), Pods.nodeName(pod), summary.ready(),
                summary.reason(), summary.restarts(), summary.lastRestart(),
                Rfc3339.parse(pod.getMetadata().getCreationTimestamp()), Pods.isReady(pod), Pods.isTerminating(pod),
                Pods.claimNames(pod), clocks == null ? null : PodClock.of(pod, clocks), identity(pod, owner, history),
                PodOwner.of(pod));
    }

    static PodIdentity identity(Pod pod, StatefulSet owner, IpHistory history) {
        String uid = pod.getMetadata().getUid();
        String revision = StatefulSets.revisionOf(pod);
        var status = owner == null ? null : owner.getStatus();
        RevisionMark mark = status == null ? RevisionMark.UNKNOWN
                : RevisionMark.of(revision, status.getCurrentRevision(), status.getUpdateRevision());
        return new PodIdentity(uid, Dns.podName(pod), pod.getStatus() == null ? null : pod.getStatus().getPodIP(),
                history.previousIp(pod.getMetadata().getName(), uid), revision, mark);
    }
}
