package dev.stsviz.sim.controllers.statefulset;

import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * What one sync created and deleted, as Kubernetes before 1.28 counts it into the status it writes at the end of the
 * sync ({@code updateStatefulSet} in 1.24's {@code stateful_set_control.go}): the status starts from the pods the
 * sync saw; a pod it creates adds one replica (and one current or updated by its revision), a failed pod it deletes
 * takes one away, a condemned pod it deletes is no longer current or updated, and a pod deleted for a rolling update
 * is no longer current. So the status of the sync that creates a pod already counts it.
 */
final class StatusTally {
    private record Change(int replicas, String revision, int byRevision, boolean currentOnly) {
    }

    private final List<Change> changes = new ArrayList<>();

    void created(String revision) {
        changes.add(new Change(1, revision, 1, false));
    }

    void deletedFailed(String revision) {
        changes.add(new Change(-1, revision, -1, false));
    }

    void deletedCondemned(String revision) {
        changes.add(new Change(0, revision, -1, false));
    }

    /** The rolling update's delete: {@code status.CurrentReplicas--} whatever the pod's revision. */
    void replacedForUpdate() {
        changes.add(new Change(0, null, -1, true));
    }

    void applyTo(StatefulSetStatus status, String currentRevision, String updateRevision) {
        for (Change c : changes) {
            status.setReplicas(status.getReplicas() + c.replicas());
            if (c.currentOnly() || currentRevision.equals(c.revision())) {
                status.setCurrentReplicas(status.getCurrentReplicas() + c.byRevision());
            }
            if (!c.currentOnly() && updateRevision.equals(c.revision())) {
                status.setUpdatedReplicas(status.getUpdatedReplicas() + c.byRevision());
            }
        }
    }
}
