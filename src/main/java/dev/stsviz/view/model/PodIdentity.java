package dev.stsviz.view.model;

/**
 * What stays and what changes when a StatefulSet's pod is recreated: its DNS name stays, its uid and IP do not; its
 * revision says whether it runs the update yet.
 *
 * @param uid          this incarnation's metadata.uid, or null
 * @param dnsName      the pod's stable name, e.g. kubia-0.kubia.default.svc.cluster.local, or null
 * @param ip           status.podIP, null until the pod has one
 * @param previousIp   the IP the previous pod of this name had, when this one is a recreation seen by the model
 * @param revision     the controller-revision-hash label (the ControllerRevision's name), or null
 * @param revisionMark new / old against the set's update revision
 */
public record PodIdentity(String uid, String dnsName, String ip, String previousIp, String revision, RevisionMark revisionMark) {
    public static final PodIdentity NONE = new PodIdentity(null, null, null, null, null, RevisionMark.UNKNOWN);

    /** A recreated pod with an IP other than its predecessor's: the one thing a client must look up again. */
    public boolean newIp() {
        return ip != null && previousIp != null && !ip.equals(previousIp);
    }

    /** "6c74c": the revision's short hash, or null. */
    public String shortRevision() {
        return RevisionMark.shortHash(revision);
    }
}
