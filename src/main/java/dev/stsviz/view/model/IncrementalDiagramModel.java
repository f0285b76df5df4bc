package dev.stsviz.view.model;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.ControllerClocks;
import dev.stsviz.cluster.ControllerTimers;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.ObjectKey;
import dev.stsviz.cluster.Pods;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The diagram's model kept up to date by object: each call reads only the keys the state's journal says changed
 * since the last one, recomputes those pods, and rebuilds only the node columns and claims they touch. Unchanged
 * columns keep their {@link NodeView} instance, and an unchanged storage row its list, so the diagram skips them by
 * identity. The result always equals {@link DiagramModel#of} on the same state and {@link #ipHistory()} (tested by
 * property). A StatefulSet's card is redrawn when the set changes, or one of its pods if the card draws ordinal chips; a
 * change of the set's revisions re-marks its pods (old / new).
 * <p>Not thread-safe: one reader (the FX thread, or a bench) owns it.
 */
public final class IncrementalDiagramModel {
    private final String namespace;
    private long revision = -1;
    private DiagramModel model = new DiagramModel(List.of(), List.of(), List.of(), List.of());
    /** Every pod name's last incarnation, kept across deletions and relists: a recreated pod's old IP. */
    private final IpHistory history = new IpHistory();
    private final StatefulSetCards cards;
    /** The source's clocks (null: none shown) and the timers the columns were last drawn with. */
    private ControllerClocks clocks;
    private ControllerTimers timers = ControllerTimers.NONE;

    private final Map<String, PodView> pods = new HashMap<>();
    /** Pods by node name, each column kept in drawing order; the unscheduled ones under the null key. */
    private final Map<String, TreeMap<String, PodView>> podsByNode = new HashMap<>();
    private final TreeMap<String, NodeView> apiNodes = new TreeMap<>();
    private final TreeMap<String, NodeView> goneNodes = new TreeMap<>();
    private final TreeMap<String, ClaimView> claims = new TreeMap<>(DiagramModel.CLAIM_NAMES);
    /** Which pods mount each claim; the diagram links a claim to the last by name, as {@link DiagramModel#of} does. */
    private final Map<String, TreeSet<String>> mounters = new HashMap<>();
    /** Where the volumes are: rebuilt when a VolumeAttachment changes (attach and detach are rare). */
    private ClaimPlaces places;
    /** The claim bound to each PV, and the claims whose data a node holds: what a PV or node change redraws. */
    private final Map<String, String> claimByVolume = new HashMap<>();
    private final Map<String, Set<String>> claimsByHolder = new HashMap<>();

    public IncrementalDiagramModel(String namespace) {
        this.namespace = namespace;
        this.cards = new StatefulSetCards(namespace);
    }

    public DiagramModel model() {
        return model;
    }

    /** What this model remembers of earlier incarnations (for comparing with a rebuild). */
    public IpHistory ipHistory() {
        return history;
    }

    /** Brings the model up to the state's latest revision, without clocks. Cheap when nothing changed. */
    public DiagramModel update(ClusterState state) {
        return update(state, null, ControllerTimers.NONE);
    }

    /**
     * As above, with the source's clocks: a column is redrawn also when its node's timers changed (the simulator's
     * kubelet fell silent, a deadline moved), which no object says.
     */
    public DiagramModel update(ClusterState state, ControllerClocks clocks, ControllerTimers timers) {
        ClusterState.Changes changes = state.changesSince(revision);
        revision = changes.revision();
        ControllerTimers before = this.timers;
        boolean clocksChanged = !java.util.Objects.equals(clocks, this.clocks);
        this.clocks = clocks;
        this.timers = timers;
        if (changes.everything() || clocksChanged) {
            rebuild(state);
            return model;
        }
        Set<String> timed = new TreeSet<>();
        if (timers != before) {
            Set<String> names = new HashSet<>(before.nodes().keySet());
            names.addAll(timers.nodes().keySet());
            names.stream().filter(n -> !java.util.Objects.equals(before.node(n), timers.node(n))).forEach(timed::add);
        }
        if (!changes.keys().isEmpty() || !timed.isEmpty()) {
            apply(state, changes.keys(), timed);
        }
        return model;
    }

    private void rebuild(ClusterState state) {
        pods.clear();
        podsByNode.clear();
        apiNodes.clear();
        goneNodes.clear();
        claims.clear();
        mounters.clear();
        claimByVolume.clear();
        claimsByHolder.clear();
        places = new ClaimPlaces(state);
        for (Pod pod : state.list(Pod.class, Kinds.POD)) {
            if (namespace.equals(pod.getMetadata().getNamespace())) {
                history.observe(pod);
            }
        }
        model = DiagramModel.of(state, namespace, clocks, timers, history);
        cards.rebuild(DiagramModel.setsIn(state, namespace), model.sets());
        for (NodeView node : model.nodes()) {
            (DiagramModel.GONE.equals(node.status()) || node.hidden() ? goneNodes : apiNodes)
                    .put(node.name(), node);
            node.pods().forEach(this::index);
        }
        model.unscheduled().forEach(this::index);
        model.claims().forEach(c -> {
            claims.put(c.name(), c);
            indexPlace(c);
        });
    }

    /** Remembers which PV and which node a claim's tile depends on. */
    private void indexPlace(ClaimView claim) {
        if (claim.volume() != null && !claim.volume().isEmpty()) {
            claimByVolume.put(claim.volume(), claim.name());
        }
        if (claim.placeHolder() != null) {
            claimsByHolder.computeIfAbsent(claim.placeHolder(), n -> new TreeSet<>()).add(claim.name());
        }
    }

    private void unindexPlace(ClaimView claim) {
        claimByVolume.remove(claim.volume(), claim.name());
        Set<String> held = claim.placeHolder() == null ? null : claimsByHolder.get(claim.placeHolder());
        if (held != null && held.remove(claim.name()) && held.isEmpty()) {
            claimsByHolder.remove(claim.placeHolder());
        }
    }

    /** The nodes of the pods mounting a claim, in the pods' name order. */
    private List<String> mounterNodes(String claim) {
        TreeSet<String> by = mounters.get(claim);
        if (by == null) {
            return List.of();
        }
        List<String> nodes = new ArrayList<>(by.size());
        by.forEach(p -> nodes.add(pods.get(p) == null ? null : pods.get(p).node()));
        return nodes;
    }

    private void index(PodView pod) {
        pods.put(pod.name(), pod);
        podsByNode.computeIfAbsent(pod.node(), n -> new TreeMap<>(DiagramModel.POD_NAMES)).put(pod.name(), pod);
        pod.claims().forEach(c -> mounters.computeIfAbsent(c, k -> new TreeSet<>()).add(pod.name()));
    }

    private void unindex(PodView pod) {
        pods.remove(pod.name());
        TreeMap<String, PodView> column = podsByNode.get(pod.node());
        column.remove(pod.name());
        if (column.isEmpty()) {
            podsByNode.remove(pod.node());
        }
        for (String claim : pod.claims()) {
            TreeSet<String> by = mounters.get(claim);
            by.remove(pod.name());
            if (by.isEmpty()) {
                mounters.remove(claim);
            }
        }
    }

    private void apply(ClusterState state, Set<ObjectKey> keys, Set<String> timedNodes) {
        Set<String> dirtyNodes = new TreeSet<>(timedNodes);
        Set<String> dirtyPods = new TreeSet<>();
        Set<String> dirtySets = new TreeSet<>();
        boolean unscheduledDirty = false;
        Set<String> dirtyClaims = new TreeSet<>();
        boolean attachmentsChanged = false;
        Set<String> changedVolumes = new HashSet<>();
        for (ObjectKey key : keys) {
            switch (key.kind()) {
                case Kinds.POD -> {
                    if (namespace.equals(key.namespace())) {
                        dirtyPods.add(key.name());
                    }
                }
                case Kinds.STATEFUL_SET -> {
                    if (namespace.equals(key.namespace())) {
                        if (cards.setChanged(state, key.name())) {
                            podsOf(key.name(), dirtyPods);
                        }
                        dirtySets.add(key.name());
                    }
                }
                case Kinds.NODE -> {
                    dirtyNodes.add(key.name());
                    dirtyClaims.addAll(claimsByHolder.getOrDefault(key.name(), Set.of())); // NotReady shows on the tile
                }
                case Kinds.LEASE -> {
                    if (DiagramModel.NODE_LEASES.equals(key.namespace())) {
                        dirtyNodes.add(key.name()); // a heartbeat: the column's clock
                    }
                }
                case Kinds.PV -> {
                    String claim = claimByVolume.get(key.name());
                    if (claim != null) {
                        dirtyClaims.add(claim);
                    }
                }
                case Kinds.VOLUME_ATTACHMENT -> {
                    attachmentsChanged = true;
                    // the PV it was for and the PV it is for: their claims' tiles say where the disk is
                    changedVolumes.add(places.pvOfAttachment(key.name()));
                    state.get(io.fabric8.kubernetes.api.model.storage.VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT,
                            null, key.name()).map(dev.stsviz.cluster.Volumes::volumeOf).ifPresent(changedVolumes::add);
                }
                case Kinds.PVC -> {
                    if (namespace.equals(key.namespace())) {
                        dirtyClaims.add(key.name());
                    }
                }
                default -> {
                    // other kinds are not drawn in the diagram
                }
            }
        }
        for (String name : dirtyPods) {
            PodView before = pods.get(name);
            Pod pod = state.get(Pod.class, Kinds.POD, namespace, name).orElse(null);
            if (pod != null) {
                history.observe(pod);
            }
            PodView after = pod == null ? null : DiagramModel.podView(pod, clocks, cards.ownerOf(pod), history);
            if (before != null) {
                unindex(before);
            }
            if (after != null) {
                index(after);
            }
            if (before == null || after == null || !before.claims().equals(after.claims())
                    || !java.util.Objects.equals(before.node(), after.node())) {
                // who mounts a claim changed; a status change of the same pod leaves the claim as it was
                dirtyClaims.addAll(before == null ? List.of() : before.claims());
                dirtyClaims.addAll(after == null ? List.of() : after.claims());
            }
            // the column it left and the column it is in (the same one, mostly) are redrawn
            unscheduledDirty |= (before != null && before.node() == null) || (after != null && after.node() == null);
            if (before != null && before.node() != null) {
                dirtyNodes.add(before.node());
            }
            if (after != null && after.node() != null) {
                dirtyNodes.add(after.node());
            }
            String card = cards.cardReading(name); // its chip, whether the pod came or went
            if (card != null) {
                dirtySets.add(card);
            }
        }
        boolean setsChanged = false;
        for (String name : dirtySets) {
            setsChanged |= cards.refresh(name, pods::get);
        }
        boolean nodesChanged = false;
        for (String name : dirtyNodes) {
            nodesChanged |= refreshNode(state, name);
        }
        List<PodView> unscheduled = model.unscheduled();
        if (unscheduledDirty) {
            TreeMap<String, PodView> waiting = podsByNode.get(null);
            unscheduled = waiting == null ? List.of() : new ArrayList<>(waiting.values());
        }
        if (attachmentsChanged) {
            places = new ClaimPlaces(state);
            for (String volume : changedVolumes) {
                String claim = volume == null ? null : claimByVolume.get(volume);
                if (claim != null) {
                    dirtyClaims.add(claim);
                }
            }
        }
        boolean claimsChanged = false;
        for (String name : dirtyClaims) {
            claimsChanged |= refreshClaim(state, name);
        }
        if (nodesChanged || unscheduledDirty || claimsChanged || setsChanged) {
            List<NodeView> nodes = model.nodes();
            if (nodesChanged) {
                nodes = new ArrayList<>(apiNodes.size() + goneNodes.size());
                nodes.addAll(apiNodes.values());
                nodes.addAll(goneNodes.values());
            }
            model = new DiagramModel(nodes, unscheduled, claimsChanged ? new ArrayList<>(claims.values()) : model.claims(),
                    setsChanged ? cards.cards() : model.sets());
        }
    }

    /** Adds the names of the set's pods the model holds (a change of its revisions re-marks them). */
    private void podsOf(String set, Set<String> names) {
        for (PodView pod : pods.values()) {
            if (set.equals(Pods.parentName(pod.name()))) {
                names.add(pod.name());
            }
        }
    }

    /** Recomputes one column; true when it differs from what was shown. */
    private boolean refreshNode(ClusterState state, String name) {
        TreeMap<String, PodView> column = podsByNode.get(name);
        List<PodView> pods = column == null ? List.of() : new ArrayList<>(column.values());
        Node node = state.get(Node.class, Kinds.NODE, null, name).orElse(null);
        NodeView next = node != null ? DiagramModel.nodeView(node, pods, state, clocks, timers) : pods.isEmpty() ? null
                : DiagramModel.absentNode(name, pods, state.readable(Kinds.NODE));
        TreeMap<String, NodeView> home = node != null ? apiNodes : goneNodes;
        TreeMap<String, NodeView> other = node != null ? goneNodes : apiNodes;
        boolean moved = other.remove(name) != null;
        NodeView before = next == null ? home.remove(name) : home.get(name);
        if (next == null) {
            return moved || before != null;
        }
        if (next.equals(before)) {
            return moved;
        }
        home.put(name, next);
        return true;
    }

    /** Recomputes one claim tile; true when it differs from what was shown. */
    private boolean refreshClaim(ClusterState state, String name) {
        PersistentVolumeClaim pvc = state.get(PersistentVolumeClaim.class, Kinds.PVC, namespace, name).orElse(null);
        ClaimView before = claims.get(name);
        if (before != null) {
            unindexPlace(before);
        }
        if (pvc == null) {
            return claims.remove(name) != null;
        }
        TreeSet<String> by = mounters.get(name);
        ClaimView next = DiagramModel.claimView(pvc, by == null ? null : by.last(), by, places.place(state, pvc, mounterNodes(name)));
        indexPlace(next);
        if (next.equals(before)) {
            return false;
        }
        claims.put(name, next);
        return true;
    }
}
