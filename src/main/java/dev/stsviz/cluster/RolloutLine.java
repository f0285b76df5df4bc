package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/**
 * The why-line during a rolling update: what {@code kubectl rollout status} prints now, then what the controller is
 * doing about it, e.g. "Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated... —
 * rolling update: replacing kubia-1". A class hears the words the chapter's console shows while watching the picture.
 */
public final class RolloutLine {
    static final String SEPARATOR = " — ";

    /**
     * {@code controllerLine} led by kubectl's rollout status while {@code set} is updating (a RollingUpdate whose
     * current and update revisions differ: until every pod is updated, or for good below a partition); else unchanged.
     */
    public static String of(StatefulSet set, String controllerLine) {
        if (!updating(set)) {
            return controllerLine;
        }
        RolloutStatus.Line status = RolloutStatus.of(set);
        if (status.error() != null) {
            return controllerLine;
        }
        return status.text().strip() + SEPARATOR + controllerLine;
    }

    /** A RollingUpdate with both revisions known and different. */
    static boolean updating(StatefulSet set) {
        if (set.getSpec() == null || set.getStatus() == null || !"RollingUpdate".equals(StatefulSets.updateStrategyType(set))) {
            return false;
        }
        String current = set.getStatus().getCurrentRevision();
        String update = set.getStatus().getUpdateRevision();
        return current != null && !current.isEmpty() && update != null && !update.isEmpty() && !current.equals(update);
    }

    private RolloutLine() {
    }
}
