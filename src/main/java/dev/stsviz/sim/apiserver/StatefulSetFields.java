package dev.stsviz.sim.apiserver;

import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;

/**
 * Which optional StatefulSet spec fields the API server keeps, one per feature gate. A field whose gate is off is
 * dropped on create and update unless the stored object already uses it, as {@code dropStatefulSetDisabledFields} does
 * ({@code pkg/registry/apps/statefulset/strategy.go}): a server that never had the field drops it always.
 *
 * @param minReadySeconds      {@code spec.minReadySeconds} (StatefulSetMinReadySeconds)
 * @param claimRetentionPolicy {@code spec.persistentVolumeClaimRetentionPolicy} (StatefulSetAutoDeletePVC)
 * @param startOrdinal         {@code spec.ordinals} (StatefulSetStartOrdinal)
 */
public record StatefulSetFields(boolean minReadySeconds, boolean claimRetentionPolicy, boolean startOrdinal) {
    public static final StatefulSetFields ALL = new StatefulSetFields(true, true, true);

    /** Drops the disabled fields from {@code fresh}; {@code old} is the stored spec on update, null on create. */
    void dropDisabled(StatefulSetSpec fresh, StatefulSetSpec old) {
        if (!minReadySeconds && (old == null || old.getMinReadySeconds() == null || old.getMinReadySeconds() == 0)) {
            fresh.setMinReadySeconds(0); // an int32 upstream: dropped means 0
        }
        if (!claimRetentionPolicy && (old == null || old.getPersistentVolumeClaimRetentionPolicy() == null)) {
            fresh.setPersistentVolumeClaimRetentionPolicy(null);
        }
        if (!startOrdinal && (old == null || old.getOrdinals() == null)) {
            fresh.setOrdinals(null);
        }
    }
}
