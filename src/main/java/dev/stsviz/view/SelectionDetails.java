package dev.stsviz.view;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.ObjectKey;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.describe.NodeDescriber;
import dev.stsviz.cluster.describe.PodDescriber;
import dev.stsviz.cluster.describe.PvcDescriber;
import dev.stsviz.cluster.describe.PvcUsers;
import dev.stsviz.console.ObjectOutput;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the details pane shows for the selection: its title, {@code kubectl describe} and YAML, computed again only
 * when something they show changed: the object, the events about it, the pods bound to a selected node or using a
 * selected claim, or the clock's second (describe's ages). Those events and pods are kept by key from the state's
 * journal, so a pulse whose changes are about other objects costs a look at their keys, not a scan of every event
 * and pod; the YAML is written again only for a new version of the object.
 * <p>Not thread-safe: one reader (the FX thread) owns it.
 */
final class SelectionDetails {
    /** One showing of the details pane. */
    record Text(String title, String describe, String yaml) {
    }

    private final String namespace;
    private long revision = -1;
    private long second = Long.MIN_VALUE;
    /** What the kept events and pods were gathered for; null: gather again. */
    private Selection gathered;
    private HasMetadata object;
    private String uid;
    private Set<String> ownerUids = Set.of();
    private final TreeMap<ObjectKey, Event> events = new TreeMap<>();
    private final TreeMap<ObjectKey, Pod> pods = new TreeMap<>();
    private HasMetadata yamlOf;
    private String yaml = "";

    /** {@code namespace}: the one pods and claims are selected in (nodes have none). */
    SelectionDetails(String namespace) {
        this.namespace = namespace;
    }

    /** Forgets the selection: the next one is gathered afresh. */
    void reset() {
        gathered = null;
    }

    /** The pane's text for {@code s} at {@code now}, or null when nothing it shows changed since the last call. */
    Text update(ClusterState state, Selection s, Instant now) {
        ClusterState.Changes changes = state.changesSince(revision);
        revision = changes.revision();
        String ns = Kinds.NODE.equals(s.kind()) ? null : namespace;
        ObjectKey key = new ObjectKey(s.kind(), ns, s.name());
        HasMetadata current = state.get(HasMetadata.class, s.kind(), ns, s.name()).orElse(null);
        boolean dirty = now.getEpochSecond() != second || current != object;
        second = now.getEpochSecond();
        if (current == null) {
            boolean again = dirty || !s.equals(gathered);
            object = null;
            gathered = s;
            return again ? new Text(s.kind() + " " + s.name(), s.kind() + " " + s.name() + " is gone.", "") : null;
        }
        String currentUid = current.getMetadata().getUid();
        Set<String> currentOwners = Kinds.PVC.equals(s.kind()) ? ownerPodUids(current) : Set.of();
        if (!s.equals(gathered) || changes.everything() || object == null || !Objects.equals(uid, currentUid)
                || !ownerUids.equals(currentOwners)) {
            uid = currentUid;
            ownerUids = currentOwners;
            gather(state, s);
            dirty = true;
        } else {
            for (ObjectKey changed : changes.keys()) {
                if (Kinds.EVENT.equals(changed.kind())) {
                    dirty |= follow(events, changed, state.get(Event.class, Kinds.EVENT, changed.namespace(), changed.name())
                            .orElse(null), e -> about(e, s));
                } else if (Kinds.POD.equals(changed.kind()) && !Kinds.POD.equals(s.kind())) {
                    dirty |= follow(pods, changed, state.get(Pod.class, Kinds.POD, changed.namespace(), changed.name())
                            .orElse(null), p -> related(p, s));
                } else {
                    dirty |= changed.equals(key);
                }
            }
        }
        object = current;
        if (!dirty) {
            return null;
        }
        if (yamlOf != current) {
            yaml = ObjectOutput.yaml(current);
            yamlOf = current;
        }
        return new Text(s.kind() + " " + s.name(), describe(current, s.kind(), now), yaml);
    }

    private String describe(HasMetadata current, String kind, Instant now) {
        List<Event> about = new ArrayList<>(events.values());
        return switch (kind) {
            case Kinds.POD -> PodDescriber.describe((Pod) current, about, now);
            case Kinds.NODE -> NodeDescriber.describe((Node) current, new ArrayList<>(pods.values()), about, now);
            case Kinds.PVC -> PvcDescriber.describe((PersistentVolumeClaim) current,
                    PvcUsers.select((PersistentVolumeClaim) current, new ArrayList<>(pods.values())), about, now);
            default -> "";
        };
    }

    /** Scans every event (and for a node or claim every pod) once, for a new selection or a new object under it. */
    private void gather(ClusterState state, Selection s) {
        gathered = s;
        events.clear();
        pods.clear();
        for (Event e : state.list(Event.class, Kinds.EVENT)) {
            if (about(e, s)) {
                events.put(ObjectKey.of(e), e);
            }
        }
        if (!Kinds.POD.equals(s.kind())) {
            for (Pod p : state.list(Pod.class, Kinds.POD)) {
                if (related(p, s)) {
                    pods.put(ObjectKey.of(p), p);
                }
            }
        }
    }

    /** Keeps {@code kept} up to date for one changed key; true when what it holds changed. */
    private static <T> boolean follow(TreeMap<ObjectKey, T> kept, ObjectKey key, T now, Predicate<T> wanted) {
        if (now != null && wanted.test(now)) {
            return kept.put(key, now) != now;
        }
        return kept.remove(key) != null;
    }

    /** An event about the selected object: its kind, name and (when both know it) uid. */
    private boolean about(Event e, Selection s) {
        return e.getInvolvedObject() != null && s.kind().equals(e.getInvolvedObject().getKind())
                && s.name().equals(e.getInvolvedObject().getName()) && Objects.equals(e.getInvolvedObject().getUid(), uid);
    }

    /**
     * A pod the describe of a node or claim may list: bound to the node; or naming the claim in a volume, or owning
     * it (an ephemeral volume), whichever namespace it is in, as {@link PvcUsers} picks among all pods.
     */
    private boolean related(Pod p, Selection s) {
        if (Kinds.NODE.equals(s.kind())) {
            return s.name().equals(Pods.nodeName(p));
        }
        if (!Kinds.PVC.equals(s.kind())) {
            return false;
        }
        if (ownerUids.contains(Objects.requireNonNullElse(p.getMetadata().getUid(), ""))) {
            return true;
        }
        for (Volume v : p.getSpec() == null || p.getSpec().getVolumes() == null ? List.<Volume>of() : p.getSpec().getVolumes()) {
            if (v.getPersistentVolumeClaim() != null && s.name().equals(v.getPersistentVolumeClaim().getClaimName())) {
                return true;
            }
        }
        return false;
    }

    /** The uids of the pods that own a claim (as PvcUsers compares them: null as ""). */
    private static Set<String> ownerPodUids(HasMetadata claim) {
        Set<String> uids = new TreeSet<>();
        List<OwnerReference> owners = claim.getMetadata().getOwnerReferences();
        for (OwnerReference owner : owners == null ? List.<OwnerReference>of() : owners) {
            if ("Pod".equals(owner.getKind())) {
                uids.add(owner.getUid() == null ? "" : owner.getUid());
            }
        }
        return uids;
    }
}
