package dev.stsviz.view.model;

import io.fabric8.kubernetes.api.model.Pod;

import java.util.HashMap;
import java.util.Map;

/**
 * The last incarnation of each pod name the model has seen (its uid and IP), kept after the pod is deleted, so that
 * when a pod of the same name comes back with a new uid the tile can say which IP it had before. Lookups never change
 * it: only {@link #observe} does, once per pod change.
 */
public final class IpHistory {
    /** Remembers nothing: a model built from scratch has no earlier incarnations. */
    public static final IpHistory NONE = new IpHistory();

    private record Incarnation(String uid, String ip, String previousIp) {
    }

    private final Map<String, Incarnation> byName = new HashMap<>();

    /** Records the pod as its name's current incarnation (a new uid moves the last known IP to "previous"). */
    public void observe(Pod pod) {
        if (this == NONE) {
            return;
        }
        String name = pod.getMetadata().getName();
        String uid = pod.getMetadata().getUid();
        String ip = pod.getStatus() == null ? null : pod.getStatus().getPodIP();
        Incarnation last = byName.get(name);
        if (uid == null) {
            return; // cannot tell incarnations apart
        }
        if (last == null) {
            byName.put(name, new Incarnation(uid, ip, null));
        } else if (uid.equals(last.uid())) {
            if (ip != null && !ip.equals(last.ip())) {
                byName.put(name, new Incarnation(uid, ip, last.previousIp()));
            }
        } else {
            // an incarnation that never had an IP passes on the one before it
            byName.put(name, new Incarnation(uid, ip, last.ip() != null ? last.ip() : last.previousIp()));
        }
    }

    /** The IP of the pod named {@code name} before incarnation {@code uid}, or null. */
    public String previousIp(String name, String uid) {
        Incarnation last = byName.get(name);
        return last == null || uid == null || !uid.equals(last.uid()) ? null : last.previousIp();
    }
}
