package dev.stsviz.view.model;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.ControllerClocks;
import dev.stsviz.cluster.ControllerTimers;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.ObjectKey;
import dev.stsviz.cluster.ReplicaSetLine;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.Volumes;
import dev.stsviz.cluster.WhyWaiting;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The window's "why is it waiting?" text, kept up to date by object. It names the first {@link #SHOWN}
 * StatefulSets only, so only those are explained, and only again when something their lines read changed since the
 * last call (their set, the pods that may be theirs, a node, a claim) or the clock's second moved (availability is
 * counted in whole seconds). The inputs handed to {@link WhyWaiting#explainAll} are the ones it would pick out of
 * the whole lists itself, so the text always equals explaining every set from scratch (tested by property). After
 * the StatefulSets, a line per ReplicaSet ({@link ReplicaSetLine}): the cattle beside the pets.
 * <p>Not thread-safe: one reader (the FX thread) owns it.
 */
public final class WhyLines {
    /** The line names this many sets at most; a big cluster's hundreds would fill the window. */
    public static final int SHOWN = 6;

    private final String namespace;
    private long revision = -1;
    private long second = Long.MIN_VALUE;
    private String text = "";
    private ControllerClocks clocks;
    private ControllerTimers timers = ControllerTimers.NONE;
    private List<String> shownGroups = List.of();

    private final TreeMap<ObjectKey, StatefulSet> sets = new TreeMap<>();
    /** The ReplicaSets beside them: a line each after the StatefulSets' ({@link ReplicaSetLine}). */
    private final TreeMap<ObjectKey, ReplicaSet> replicaSets = new TreeMap<>();
    /** Pods by "namespace/parent name" ({@link WhyWaiting}'s grouping: the only pods a set can count as its own). */
    private final Map<String, TreeMap<ObjectKey, Pod>> podsByParent = new HashMap<>();
    private final TreeMap<ObjectKey, Node> nodes = new TreeMap<>();
    private List<Node> nodeList;
    /** The PVs (looked up in the state) and the VolumeAttachments, indexed again only when an attachment changed. */
    private Volumes volumes;
    /** Claims by "namespace/name", and by "namespace/template-set" for names ending in "-ordinal". */
    private final Map<String, TreeMap<ObjectKey, PersistentVolumeClaim>> claimsByName = new HashMap<>();
    private final Map<String, TreeMap<ObjectKey, PersistentVolumeClaim>> claimsBySet = new HashMap<>();
    /** Each shown set's pods and claims by its group; dropped when they may have changed. */
    private final Map<String, Inputs> inputs = new HashMap<>();

    /** {@code namespace}: the one the window shows, named when there is no set. */
    public WhyLines(String namespace) {
        this.namespace = namespace;
    }

    /** The first set in the state's order (the replicas box scales it), or null. */
    public StatefulSet firstSet() {
        return sets.isEmpty() ? null : sets.firstEntry().getValue();
    }

    /** The text for the state's latest revision at {@code now}, without countdowns; cheap when nothing it shows changed. */
    public String update(ClusterState state, Instant now) {
        return update(state, now, null, ControllerTimers.NONE);
    }

    /**
     * As above, saying how long the waits last by the source's clocks (null: no countdowns). The countdowns move with
     * the clock's second, and the simulator's timers without any object changing, so either makes the text anew.
     */
    public String update(ClusterState state, Instant now, ControllerClocks clocks, ControllerTimers timers) {
        ClusterState.Changes changes = state.changesSince(revision);
        revision = changes.revision();
        boolean dirty = now.getEpochSecond() != second || clocks != this.clocks || timers != this.timers;
        this.clocks = clocks;
        this.timers = timers;
        second = now.getEpochSecond();
        if (changes.everything()) {
            rebuild(state);
            dirty = true;
        } else {
            Set<String> shown = new HashSet<>(shownGroups);
            for (ObjectKey key : changes.keys()) {
                dirty |= apply(state, key, shown);
            }
        }
        if (dirty) {
            if (volumes == null) {
                volumes = Volumes.of(state);
            }
            text = explain(now);
        }
        return text;
    }

    private void rebuild(ClusterState state) {
        sets.clear();
        podsByParent.clear();
        nodes.clear();
        nodeList = null;
        claimsByName.clear();
        claimsBySet.clear();
        inputs.clear();
        volumes = null;
        replicaSets.clear();
        state.list(StatefulSet.class, Kinds.STATEFUL_SET).forEach(s -> sets.put(ObjectKey.of(s), s));
        state.list(ReplicaSet.class, Kinds.REPLICA_SET).forEach(r -> replicaSets.put(ObjectKey.of(r), r));
        state.list(Pod.class, Kinds.POD).forEach(p -> putPod(ObjectKey.of(p), p));
        state.list(Node.class, Kinds.NODE).forEach(n -> nodes.put(ObjectKey.of(n), n));
        state.list(PersistentVolumeClaim.class, Kinds.PVC).forEach(c -> putClaim(ObjectKey.of(c), c));
    }

    /** Re-reads one changed key; true when the shown lines may read it. */
    private boolean apply(ClusterState state, ObjectKey key, Set<String> shownGroups) {
        switch (key.kind()) {
            case Kinds.STATEFUL_SET -> {
                StatefulSet set = read(state, StatefulSet.class, key);
                if (set == null) {
                    sets.remove(key);
                } else {
                    sets.put(key, set);
                }
                inputs.remove(group(key.namespace(), key.name())); // its claim templates may differ
                return true;
            }
            case Kinds.POD -> {
                Pod pod = read(state, Pod.class, key);
                String group = group(key.namespace(), Pods.parentName(key.name()));
                if (pod == null) {
                    TreeMap<ObjectKey, Pod> pods = podsByParent.get(group);
                    if (pods != null && pods.remove(key) != null && pods.isEmpty()) {
                        podsByParent.remove(group);
                    }
                } else {
                    putPod(key, pod);
                }
                inputs.remove(group);
                return shownGroups.contains(group);
            }
            case Kinds.REPLICA_SET -> {
                ReplicaSet rs = read(state, ReplicaSet.class, key);
                if (rs == null) {
                    replicaSets.remove(key);
                } else {
                    replicaSets.put(key, rs);
                }
                return true;
            }
            case Kinds.NODE -> {
                Node node = read(state, Node.class, key);
                if (node == null) {
                    nodes.remove(key);
                } else {
                    nodes.put(key, node);
                }
                nodeList = null;
                return true;
            }
            case Kinds.PVC -> {
                removeClaim(key);
                PersistentVolumeClaim claim = read(state, PersistentVolumeClaim.class, key);
                if (claim != null) {
                    putClaim(key, claim);
                }
                inputs.clear(); // which sets read a claim is known only by gathering again
                return true;
            }
            case Kinds.PV -> {
                return true; // read from the state when explained
            }
            case Kinds.VOLUME_ATTACHMENT -> {
                volumes = null;
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static <T extends HasMetadata> T read(ClusterState state, Class<T> type, ObjectKey key) {
        return state.get(type, key.kind(), key.namespace(), key.name()).orElse(null);
    }

    private void putPod(ObjectKey key, Pod pod) {
        podsByParent.computeIfAbsent(group(key.namespace(), Pods.parentName(key.name())), g -> new TreeMap<>()).put(key, pod);
    }

    private void putClaim(ObjectKey key, PersistentVolumeClaim claim) {
        claimsByName.computeIfAbsent(group(key.namespace(), key.name()), g -> new TreeMap<>()).put(key, claim);
        String owner = setPart(key.name());
        if (owner != null) {
            claimsBySet.computeIfAbsent(group(key.namespace(), owner), g -> new TreeMap<>()).put(key, claim);
        }
    }

    private void removeClaim(ObjectKey key) {
        remove(claimsByName, group(key.namespace(), key.name()), key);
        String owner = setPart(key.name());
        if (owner != null) {
            remove(claimsBySet, group(key.namespace(), owner), key);
        }
    }

    private static void remove(Map<String, TreeMap<ObjectKey, PersistentVolumeClaim>> index, String group, ObjectKey key) {
        TreeMap<ObjectKey, PersistentVolumeClaim> claims = index.get(group);
        if (claims != null && claims.remove(key) != null && claims.isEmpty()) {
            index.remove(group);
        }
    }

    /** "data-web-3" → "data-web": a claim template's name and the set's, as the controller names claims; else null. */
    private static String setPart(String claimName) {
        int dash = claimName.lastIndexOf('-');
        if (dash <= 0 || dash == claimName.length() - 1) {
            return null;
        }
        for (int i = dash + 1; i < claimName.length(); i++) {
            if (claimName.charAt(i) < '0' || claimName.charAt(i) > '9') {
                return null;
            }
        }
        return claimName.substring(0, dash);
    }

    /** WhyWaiting's namespace: none is "default". */
    private static String group(String namespace, String name) {
        return (namespace == null || namespace.isEmpty() ? "default" : namespace) + "/" + name;
    }

    /**
     * Explains the shown sets from what they read: the pods of their groups, all nodes (a node missing from a
     * non-empty list means something), and the claims their pods mount or their templates would name.
     */
    private String explain(Instant now) {
        if (sets.isEmpty()) {
            List<String> groups = new ArrayList<>();
            String replicaSetLines = replicaSetLines(groups);
            shownGroups = groups;
            return replicaSetLines.isEmpty() ? "No StatefulSet in namespace " + namespace + "." : replicaSetLines;
        }
        List<StatefulSet> shown = new ArrayList<>(SHOWN);
        List<String> groups = new ArrayList<>(SHOWN);
        List<Pod> pods = new ArrayList<>();
        // a claim two sets read comes twice: harmless, explainAll keeps the last of a name, and each set's list is in key order
        List<PersistentVolumeClaim> claims = new ArrayList<>();
        for (StatefulSet set : sets.values()) {
            if (shown.size() == SHOWN) {
                break;
            }
            shown.add(set);
            String group = group(set.getMetadata().getNamespace(), set.getMetadata().getName());
            groups.add(group);
            Inputs read = inputs.computeIfAbsent(group, g -> gather(set, g));
            pods.addAll(read.pods());
            claims.addAll(read.claims());
        }
        shownGroups = groups;
        if (nodeList == null) {
            nodeList = new ArrayList<>(nodes.values());
        }
        List<String> reasons = WhyWaiting.explainAll(shown, pods, nodeList, claims, volumes, clocks, timers, now);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            lines.append(i == 0 ? "" : "\n").append("statefulset/").append(shown.get(i).getMetadata().getName()).append(": ")
                    .append(reasons.get(i));
        }
        if (sets.size() > SHOWN) {
            lines.append("\n… and ").append(sets.size() - SHOWN).append(" more StatefulSets (kubectl get sts lists them)");
        }
        List<String> withReplicaSets = new ArrayList<>(groups);
        String replicaSetLines = replicaSetLines(withReplicaSets);
        shownGroups = withReplicaSets;
        return replicaSetLines.isEmpty() ? lines.toString() : lines + "\n" + replicaSetLines;
    }

    /**
     * A line per ReplicaSet that has pods or wants some (at most {@link #SHOWN}), adding their pods' groups to
     * {@code groups}: a ReplicaSet's pods are named {@code <rs>-<random>}, so they group under its name.
     */
    private String replicaSetLines(List<String> groups) {
        StringBuilder lines = new StringBuilder();
        int shown = 0;
        int more = 0;
        Map<String, Node> nodesByName = new HashMap<>();
        nodes.values().forEach(n -> nodesByName.put(n.getMetadata().getName(), n));
        for (ReplicaSet rs : replicaSets.values()) {
            String group = group(rs.getMetadata().getNamespace(), rs.getMetadata().getName());
            List<Pod> pods = new ArrayList<>(podsByParent.getOrDefault(group, new TreeMap<>()).values());
            if (!ReplicaSetLine.worthALine(rs, pods)) {
                continue;
            }
            if (shown == SHOWN) {
                more++;
                continue;
            }
            groups.add(group);
            shown++;
            lines.append(lines.isEmpty() ? "" : "\n").append("replicaset/").append(rs.getMetadata().getName()).append(": ")
                    .append(ReplicaSetLine.explain(rs, pods, nodesByName));
        }
        if (more > 0) {
            lines.append("\n… and ").append(more).append(" more ReplicaSets (kubectl get rs lists them)");
        }
        return lines.toString();
    }

    /** What one shown set reads besides the nodes, gathered once until its pods, a claim or a set changes. */
    private record Inputs(List<Pod> pods, List<PersistentVolumeClaim> claims) {
    }

    private Inputs gather(StatefulSet set, String group) {
        String ns = group.substring(0, group.length() - set.getMetadata().getName().length());
        Collection<Pod> own = podsByParent.getOrDefault(group, new TreeMap<>()).values();
        TreeMap<ObjectKey, PersistentVolumeClaim> claims = new TreeMap<>();
        for (Pod pod : own) {
            for (String claim : Pods.claimNames(pod)) {
                claims.putAll(claimsByName.getOrDefault(ns + claim, new TreeMap<>()));
            }
        }
        List<PersistentVolumeClaim> templates = set.getSpec() == null ? null : set.getSpec().getVolumeClaimTemplates();
        for (PersistentVolumeClaim template : templates == null ? List.<PersistentVolumeClaim>of() : templates) {
            if (template.getMetadata() != null) {
                claims.putAll(claimsBySet.getOrDefault(ns + template.getMetadata().getName() + "-" + set.getMetadata().getName(),
                        new TreeMap<>()));
            }
        }
        return new Inputs(List.copyOf(own), List.copyOf(claims.values()));
    }
}
