package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.str;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimCondition;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code kubectl describe pvc}: port of describe.go's {@code describePersistentVolumeClaim} (kubectl 1.32).
 * Capacity and Access Modes stay empty (tab-padded) until the claim is bound to a volume.
 */
public final class PvcDescriber {

    private PvcDescriber() {
    }

    /**
     * @param podsUsingIt the "Used By" pods, e.g. from {@link PvcUsers#select}; printed by name, sorted
     * @param events      events about the claim; null omits the Events section
     */
    public static String describe(PersistentVolumeClaim pvc, List<Pod> podsUsingIt, List<Event> events, Instant now) {
        Objects.requireNonNull(now, "now");
        PrefixWriter w = new PrefixWriter();
        ClaimFields.write(w, pvc, true, now);
        Multiline.pods(w, "Used By", podsUsingIt);
        List<PersistentVolumeClaimCondition> conditions =
                pvc.getStatus() == null ? List.of() : list(pvc.getStatus().getConditions());
        if (!conditions.isEmpty()) {
            w.write(LEVEL_0, "Conditions:\n");
            w.write(LEVEL_1, "Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n");
            w.write(LEVEL_1, "----\t------\t-----------------\t------------------\t------\t-------\n");
            for (PersistentVolumeClaimCondition c : conditions) {
                w.write(LEVEL_1, str(c.getType()) + " \t" + str(c.getStatus()) + " \t"
                        + GoTime.rfc1123z(c.getLastProbeTime()) + " \t" + GoTime.rfc1123z(c.getLastTransitionTime())
                        + " \t" + str(c.getReason()) + " \t" + str(c.getMessage()) + "\n");
            }
        }
        if (events != null) {
            EventsSection.write(w, events, now);
        }
        return w.render();
    }
}
