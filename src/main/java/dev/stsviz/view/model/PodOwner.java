package dev.stsviz.view.model;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The workload a pod belongs to, read from the pod's own owner references (a user who may not list ReplicaSets still
 * sees who owns a pod), named as kubectl's short resource names spell it: "sts/kubia", "rs/kubia-rs", "ds/…", or
 * "no owner" for a bare pod. A ReplicaSet made by a Deployment is named after the Deployment: the Deployment
 * controller names it {@code <deployment>-<pod-template-hash>} and puts that hash on its pods.
 *
 * @param kind the short resource name ("sts", "rs", "deploy", ...), null for a bare pod
 * @param name the owner's name, null for a bare pod
 */
public record PodOwner(String kind, String name) {
    public static final PodOwner NONE = new PodOwner(null, null);
    private static final Map<String, String> SHORT = Map.of("StatefulSet", "sts", "ReplicaSet", "rs", "DaemonSet", "ds",
            "Deployment", "deploy", "ReplicationController", "rc", "Job", "job", "CronJob", "cj");
    private static final String TEMPLATE_HASH = "pod-template-hash";

    public static PodOwner of(Pod pod) {
        List<OwnerReference> refs = pod.getMetadata().getOwnerReferences();
        if (refs == null || refs.isEmpty()) {
            return NONE;
        }
        // the controller reference is the one that decides (a pod may carry other, non-controlling owners)
        OwnerReference owner = refs.stream().filter(r -> Boolean.TRUE.equals(r.getController())).findFirst().orElse(refs.get(0));
        String kind = owner.getKind() == null ? "" : owner.getKind();
        String name = owner.getName();
        Map<String, String> labels = pod.getMetadata().getLabels();
        String hash = labels == null ? null : labels.get(TEMPLATE_HASH);
        if ("ReplicaSet".equals(kind) && name != null && hash != null && !hash.isEmpty() && name.endsWith("-" + hash)) {
            return new PodOwner("deploy", name.substring(0, name.length() - hash.length() - 1));
        }
        return new PodOwner(SHORT.getOrDefault(kind, kind.toLowerCase(Locale.ROOT)), name);
    }

    public boolean none() {
        return kind == null;
    }

    /** "rs/kubia-rs" (as kubectl takes it on its command line), or "no owner". */
    public String label() {
        return none() ? "no owner" : kind + "/" + name;
    }
}
