package dev.stsviz.sim.controllers.statefulset;

import dev.stsviz.cluster.Owners;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.StatefulSets;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.ControllerRevisionBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A StatefulSet's ControllerRevisions as upstream keeps them ({@code getStatefulSetRevisions} and
 * {@code truncateHistory} in {@code stateful_set_control.go}, {@code controller_history.go}): the template's
 * revision is found among the set's revisions by its data, created with the next number when new, and renumbered
 * to the next number when an older one matches (a rollback); revisions no pod, current or update revision uses
 * are deleted oldest first beyond spec.revisionHistoryLimit.
 */
final class RevisionHistory {
    /** Ordered as history.SortControllerRevisions: by number, then creation time, then name. */
    static final Comparator<ControllerRevision> BY_NUMBER = Comparator
            .comparing((ControllerRevision r) -> r.getRevision() == null ? 0L : r.getRevision())
            .thenComparing(r -> Objects.toString(r.getMetadata().getCreationTimestamp(), ""))
            .thenComparing(r -> r.getMetadata().getName());

    /** The update revision's name and the collision count to record in status. */
    record Update(String name, int collisionCount) {
    }

    private final ApiServer api;
    /** The template's patch per set uid and generation: the template changes only with the generation. */
    private final Map<String, byte[]> patches = new HashMap<>();
    /** Each stored revision's data bytes per uid and resourceVersion: encoding them on every sync would cost the benchmark. */
    private final Map<String, byte[]> stored = new HashMap<>();

    RevisionHistory(ApiServer api) {
        this.api = api;
    }

    /** The set's revisions (those it controls), oldest first. */
    List<ControllerRevision> revisions(StatefulSet set) {
        return api.list(ControllerRevision.class, Kinds.CONTROLLER_REVISION, set.getMetadata().getNamespace()).stream()
                .filter(r -> Owners.isControlledBy(r, set))
                .sorted(BY_NUMBER)
                .toList();
    }

    /** Finds or creates the revision of the set's current template. */
    Update ensureUpdateRevision(StatefulSet set, List<ControllerRevision> revisions) {
        byte[] patch = patches.computeIfAbsent(set.getMetadata().getUid() + "/" + set.getMetadata().getGeneration(),
                k -> RevisionPatch.bytes(set.getSpec().getTemplate()));
        long next = revisions.isEmpty() ? 1 : revisions.get(revisions.size() - 1).getRevision() + 1;
        int collisionCount = set.getStatus() == null || set.getStatus().getCollisionCount() == null ? 0
                : set.getStatus().getCollisionCount();
        List<ControllerRevision> equal = revisions.stream().filter(r -> Arrays.equals(bytesOf(r), patch)).toList();
        if (!equal.isEmpty()) {
            ControllerRevision match = equal.get(equal.size() - 1);
            boolean latest = match.getMetadata().getName().equals(revisions.get(revisions.size() - 1).getMetadata().getName());
            if (!latest) {
                ControllerRevision copy = Copies.copy(match);
                copy.setRevision(next);
                api.update(copy);
            }
            return new Update(match.getMetadata().getName(), collisionCount);
        }
        while (true) {
            String hash = Revisions.hash(patch, collisionCount);
            String name = Revisions.name(set.getMetadata().getName(), hash);
            ControllerRevision existing = api.get(ControllerRevision.class, Kinds.CONTROLLER_REVISION, set.getMetadata().getNamespace(), name);
            if (existing == null) {
                api.create(newRevision(set, name, hash, patch, next));
                return new Update(name, collisionCount);
            }
            if (Arrays.equals(bytesOf(existing), patch)) {
                return new Update(name, collisionCount);
            }
            collisionCount++; // a different template hashed to the same name: hash again with the next count
        }
    }

    private byte[] bytesOf(ControllerRevision revision) {
        return stored.computeIfAbsent(revision.getMetadata().getUid() + "/" + revision.getMetadata().getResourceVersion(),
                k -> Revisions.bytesOf(revision.getData()));
    }

    /** Deletes the oldest revisions nothing uses beyond the set's history limit. */
    void truncate(StatefulSet set, List<Pod> pods, List<ControllerRevision> revisions, String current, String update) {
        Set<String> live = new HashSet<>(Arrays.asList(current, update));
        for (Pod pod : pods) {
            if (pod.getMetadata().getLabels() != null) {
                live.add(pod.getMetadata().getLabels().get(StatefulSets.REVISION_LABEL));
            }
        }
        List<ControllerRevision> history = revisions.stream().filter(r -> !live.contains(r.getMetadata().getName())).toList();
        Integer limit = set.getSpec().getRevisionHistoryLimit();
        int keep = limit == null ? 10 : limit;
        for (int i = 0; i < history.size() - keep; i++) {
            api.delete(Kinds.CONTROLLER_REVISION, set.getMetadata().getNamespace(), history.get(i).getMetadata().getName());
        }
    }

    /** history.NewControllerRevision plus newRevision's annotations: the template's labels, the set's annotations. */
    private static ControllerRevision newRevision(StatefulSet set, String name, String hash, byte[] patch, long number) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (set.getSpec().getTemplate() != null && set.getSpec().getTemplate().getMetadata() != null) {
            labels.putAll(set.getSpec().getTemplate().getMetadata().getLabels());
        }
        labels.put(Revisions.HASH_LABEL, hash);
        return new ControllerRevisionBuilder()
                .withNewMetadata().withName(name).withNamespace(set.getMetadata().getNamespace())
                .withLabels(labels)
                .withAnnotations(set.getMetadata().getAnnotations() == null || set.getMetadata().getAnnotations().isEmpty() ? null
                        : new LinkedHashMap<>(set.getMetadata().getAnnotations()))
                .withOwnerReferences(StatefulPods.controllerRef(set))
                .endMetadata()
                .withData(Revisions.dataOf(patch))
                .withRevision(number)
                .build();
    }
}
