package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;

import java.util.List;
import java.util.function.Function;

/**
 * Where a PersistentVolume's data is, read from API objects only (so a live cluster reads like the simulator): a
 * directory on one node (hostPath, local), or a disk attached to a node (VolumeAttachments). A disk still attached to
 * a node that stopped answering, while its pod waits elsewhere, is the Multi-Attach wait of a lost node.
 *
 * @param text   one short line for the claim's tile, "" when the volume's kind says nothing about place
 * @param stuck  the data is out of reach: on a NotReady node, or a disk held by one
 * @param holder the node the data is on or the disk is attached to, or null
 */
public record VolumePlace(String text, boolean stuck, String holder) {
    private static final VolumePlace UNKNOWN = new VolumePlace("", false, null);
    private static final String HOSTNAME = "kubernetes.io/hostname";

    /**
     * @param attachments the VolumeAttachments of this PV (any order)
     * @param podNode     the node of the pod that mounts the claim, or null when none does
     * @param nodes       a node by name, null for one the state lacks
     */
    public static VolumePlace of(PersistentVolume pv, List<VolumeAttachment> attachments, String podNode,
                                 Function<String, Node> nodes) {
        if (pv == null || pv.getSpec() == null) {
            return UNKNOWN;
        }
        if (pv.getSpec().getCsi() != null || pv.getSpec().getGcePersistentDisk() != null) {
            return disk(attachments, podNode, nodes);
        }
        String pinned = pinnedNode(pv);
        if (pinned != null && (pv.getSpec().getHostPath() != null || pv.getSpec().getLocal() != null)) {
            boolean ready = ready(nodes.apply(pinned));
            return new VolumePlace("dir on " + pinned + (ready ? "" : " (NotReady)"), !ready, pinned);
        }
        if (pv.getSpec().getHostPath() != null) {
            // no node affinity (minikube's provisioner): each node that runs the pod has its own directory
            return podNode == null ? new VolumePlace("hostPath: a dir on each node that ran its pod", false, null)
                    : new VolumePlace("hostPath dir on " + podNode + " only", false, podNode);
        }
        return UNKNOWN;
    }

    /**
     * A claim that pods on several nodes mount (a ReplicaSet's one claim): a hostPath volume without node affinity is
     * then a separate directory on each of those nodes, so nothing is shared across them; other kinds read as for the
     * last pod's node.
     */
    public static VolumePlace ofMounters(PersistentVolume pv, List<VolumeAttachment> attachments, List<String> podNodes,
                                         Function<String, Node> nodes) {
        long distinct = podNodes.stream().filter(java.util.Objects::nonNull).distinct().count();
        if (distinct > 1 && pv != null && pv.getSpec() != null && pv.getSpec().getHostPath() != null && pinnedNode(pv) == null) {
            return new VolumePlace("hostPath: a separate dir on each of " + distinct + " nodes, not shared", false, null);
        }
        return of(pv, attachments, podNodes.isEmpty() ? null : podNodes.get(podNodes.size() - 1), nodes);
    }

    /** A disk: attached where a VolumeAttachment says so, one node at a time. */
    private static VolumePlace disk(List<VolumeAttachment> attachments, String podNode, Function<String, Node> nodes) {
        VolumeAttachment held = null;
        for (VolumeAttachment a : attachments) {
            boolean attached = a.getStatus() != null && Boolean.TRUE.equals(a.getStatus().getAttached());
            if (attached && (held == null || !a.getSpec().getNodeName().equals(podNode))) {
                held = a; // prefer an attachment elsewhere than the pod: that is the one that blocks it
            }
        }
        if (held == null) {
            for (VolumeAttachment a : attachments) {
                return new VolumePlace("disk attaching to " + a.getSpec().getNodeName(), false, a.getSpec().getNodeName());
            }
            return new VolumePlace("disk detached", false, null);
        }
        String node = held.getSpec().getNodeName();
        boolean ready = ready(nodes.apply(node));
        if (podNode != null && !podNode.equals(node)) {
            return new VolumePlace("disk still attached to " + node + (ready ? "" : " (NotReady)") + ", not " + podNode,
                    true, node);
        }
        return new VolumePlace("disk attached to " + node + (ready ? "" : " (NotReady)"), !ready, node);
    }

    /** The single node a PV's required node affinity names by hostname, or null. */
    private static String pinnedNode(PersistentVolume pv) {
        if (pv.getSpec().getNodeAffinity() == null || pv.getSpec().getNodeAffinity().getRequired() == null) {
            return null;
        }
        for (NodeSelectorTerm term : pv.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms()) {
            for (NodeSelectorRequirement r : term.getMatchExpressions()) {
                if (HOSTNAME.equals(r.getKey()) && "In".equals(r.getOperator()) && r.getValues().size() == 1) {
                    return r.getValues().get(0);
                }
            }
        }
        return null;
    }

    /** A node the state lacks (not readable by this user, or gone) is not called NotReady: the API did not say so. */
    private static boolean ready(Node node) {
        return node == null || node.getStatus() == null || Nodes.isReady(node);
    }
}
