package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * describe.go's {@code getPodsForPVC}: the "Used By" pods of a claim among the pods of its namespace. A
 * pod counts once per volume naming the claim, then owner pods (ephemeral volumes) not listed yet are
 * added.
 */
public final class PvcUsers {

    private PvcUsers() {
    }

    public static List<Pod> select(PersistentVolumeClaim pvc, List<Pod> podsInNamespace) {
        String claim = str(GoZero.meta(pvc).getName());
        List<Pod> pods = new ArrayList<>();
        for (Pod pod : list(podsInNamespace)) {
            List<Volume> volumes = pod.getSpec() == null ? List.of() : list(pod.getSpec().getVolumes());
            for (Volume v : volumes) {
                if (v.getPersistentVolumeClaim() != null && claim.equals(str(v.getPersistentVolumeClaim().getClaimName()))) {
                    pods.add(pod);
                }
            }
        }
        for (OwnerReference owner : list(GoZero.meta(pvc).getOwnerReferences())) {
            if (!"Pod".equals(owner.getKind())) {
                continue;
            }
            Pod ownerPod = null;
            for (Pod pod : list(podsInNamespace)) {
                if (str(GoZero.meta(pod).getUid()).equals(str(owner.getUid()))) {
                    ownerPod = pod;
                    break;
                }
            }
            if (ownerPod == null || listed(pods, ownerPod)) {
                continue;
            }
            pods.add(ownerPod);
        }
        return pods;
    }

    private static boolean listed(List<Pod> pods, Pod pod) {
        for (Pod p : pods) {
            if (str(GoZero.meta(p).getUid()).equals(str(GoZero.meta(pod).getUid()))) {
                return true;
            }
        }
        return false;
    }
}
