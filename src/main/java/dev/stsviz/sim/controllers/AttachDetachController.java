package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Nodes;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.AttachableVolumes.Attachable;
import dev.stsviz.sim.context.AttachableVolumes;
import dev.stsviz.sim.context.Profile.Capability;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.WorkQueue;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachmentBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The attach/detach controller ({@code pkg/controller/volume/attachdetach}) with kube-controller-manager's CSI attacher
 * ({@code pkg/volume/csi/csi_attacher.go}), for volumes that must be attached to a node before a pod there can mount
 * them (GKE's persistent disks).
 *
 * <p>The desired state of world holds, per (volume, node), the pods bound to the node that use the volume and are not
 * terminated; the actual state of world the confirmed attachments, each with "mounted by node" (from the node's
 * {@code status.volumesInUse}) and the time a detach was first wanted. The reconciler ({@code reconciler/reconciler.go})
 * detaches first, then attaches; at most one operation per volume runs at a time for a volume that cannot be attached
 * to several nodes. Attaching creates a VolumeAttachment and waits for the external attacher to set
 * {@code status.attached}; detaching deletes it and waits for it to be gone. Upstream the reconciler loops every
 * 100 ms; here it runs 100 ms after anything it reads changed, and when a timer it waits for runs out.
 */
public final class AttachDetachController {
    private static final String COMPONENT = "attachdetach-controller";
    private static final String RECONCILE = "reconcile";

    /** A (volume, node) pair of the desired state of world. */
    private static final class Desired {
        final Attachable volume;
        final String node;
        /** uid -> the latest pod object (for events). */
        final TreeMap<String, Pod> pods = new TreeMap<>();
        /** MultiAttachErrorReported: reset only when the entry goes and comes back. */
        boolean multiAttachErrorReported;

        Desired(Attachable volume, String node) {
            this.volume = volume;
            this.node = node;
        }
    }

    /** A confirmed attachment of the actual state of world. */
    private static final class Attached {
        final Attachable volume;
        final String node;
        /** AddVolumeNode: "Assume mounted, until proven otherwise". */
        boolean mountedByNode = true;
        long detachRequestedAt = -1;

        Attached(Attachable volume, String node) {
            this.volume = volume;
            this.node = node;
        }
    }

    /** An attach or detach in progress (nestedpendingoperations). */
    private record Operation(boolean detach, Attachable volume, String node, List<Pod> scheduledPods) {
        String attachmentName() {
            return volume.attachmentName(node);
        }
    }

    private final SimContext ctx;
    private final ApiServer api;
    private final WorkQueue queue;
    /** pv name -> node -> entry. */
    private final TreeMap<String, TreeMap<String, Desired>> desired = new TreeMap<>();
    private final TreeMap<String, TreeMap<String, Attached>> actual = new TreeMap<>();
    /** pv name -> node -> the operation running for that pair. */
    private final TreeMap<String, TreeMap<String, Operation>> operations = new TreeMap<>();
    /** pod uid -> (pv name, node) keys it is in; namespace/claim -> pod uids; uid -> latest pod with claims. */
    private final TreeMap<String, TreeSet<String>> entriesOfPod = new TreeMap<>();
    private final TreeMap<String, TreeSet<String>> podsByClaim = new TreeMap<>();
    private final TreeMap<String, Pod> podsWithClaims = new TreeMap<>();

    public AttachDetachController(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
        this.queue = new WorkQueue(ctx.engine(), Priority.VOLUME, "attach-detach", ctx.timings().attachDetachReconcilePeriod,
                key -> reconcile());
    }

    public void onWatch(WatchEvent event) {
        if (event.object() instanceof Pod pod) {
            onPod(pod, event.type() == WatchEvent.Type.DELETED);
        } else if (event.object() instanceof PersistentVolumeClaim pvc) {
            reprocessClaim(pvc.getMetadata().getNamespace() + "/" + pvc.getMetadata().getName());
        } else if (event.object() instanceof PersistentVolume pv) {
            var ref = pv.getSpec() == null ? null : pv.getSpec().getClaimRef();
            if (ref != null) {
                reprocessClaim(ref.getNamespace() + "/" + ref.getName());
            }
        } else if (event.object() instanceof Node node && event.type() != WatchEvent.Type.DELETED) {
            onNode(node, (Node) event.oldObject());
        } else if (event.object() instanceof VolumeAttachment va) {
            onVolumeAttachment(va, event.type() == WatchEvent.Type.DELETED);
        }
    }

    // ---- desired state of world (attach_detach_controller.go podAdd/podUpdate/podDelete, util.ProcessPodVolumes) ----

    private void onPod(Pod pod, boolean deleted) {
        String uid = pod.getMetadata().getUid();
        List<String> claims = Pods.claimNames(pod);
        if (claims.isEmpty() && !entriesOfPod.containsKey(uid)) {
            return;
        }
        for (String claim : claims) {
            String key = pod.getMetadata().getNamespace() + "/" + claim;
            if (deleted) {
                TreeSet<String> uids = podsByClaim.get(key);
                if (uids != null && uids.remove(uid) && uids.isEmpty()) {
                    podsByClaim.remove(key);
                }
            } else {
                podsByClaim.computeIfAbsent(key, k -> new TreeSet<>()).add(uid);
            }
        }
        if (deleted) {
            podsWithClaims.remove(uid);
        } else {
            podsWithClaims.put(uid, pod);
        }
        processPodVolumes(uid, deleted ? null : pod);
    }

    private void reprocessClaim(String claimKey) {
        TreeSet<String> uids = podsByClaim.get(claimKey);
        if (uids != null) {
            for (String uid : List.copyOf(uids)) {
                processPodVolumes(uid, podsWithClaims.get(uid));
            }
        }
    }

    /** Puts the pod in the entries of its attachable volumes on its node, or takes it out of all (pod null: deleted). */
    private void processPodVolumes(String uid, Pod pod) {
        TreeMap<String, Attachable> wanted = new TreeMap<>();
        String node = pod == null ? null : Pods.nodeName(pod);
        // DetermineVolumeAction: a terminated pod's volumes are removed; AddPod needs a node the controller manages
        if (node != null && !isPodTerminated(pod) && api.get(Node.class, Kinds.NODE, null, node) != null) {
            for (Attachable a : AttachableVolumes.of(pod, api)) {
                wanted.put(key(a.pvName(), node), a);
            }
        }
        TreeSet<String> before = entriesOfPod.getOrDefault(uid, new TreeSet<>());
        boolean changed = false;
        for (String k : before) {
            if (!wanted.containsKey(k)) {
                String[] pvAndNode = k.split("\n", 2);
                TreeMap<String, Desired> byNode = desired.get(pvAndNode[0]);
                Desired d = byNode == null ? null : byNode.get(pvAndNode[1]);
                if (d != null) {
                    d.pods.remove(uid);
                    if (d.pods.isEmpty()) {
                        byNode.remove(pvAndNode[1]);
                        if (byNode.isEmpty()) {
                            desired.remove(pvAndNode[0]);
                        }
                    }
                }
                changed = true;
            }
        }
        for (var e : wanted.entrySet()) {
            Attachable a = e.getValue();
            Desired d = desired.computeIfAbsent(a.pvName(), v -> new TreeMap<>()).computeIfAbsent(node, n -> new Desired(a, n));
            changed |= d.pods.put(uid, pod) == null;
        }
        if (wanted.isEmpty()) {
            entriesOfPod.remove(uid);
        } else {
            entriesOfPod.put(uid, new TreeSet<>(wanted.keySet()));
        }
        if (changed) {
            queue.add(RECONCILE);
        }
    }

    /**
     * IsPodTerminated ({@code pkg/volume/util/util.go}): Failed or Succeeded, or deleted with no container running. A
     * Terminating pod on a lost node whose last status shows a running container is not terminated.
     */
    static boolean isPodTerminated(Pod pod) {
        if (Pods.isTerminal(pod)) {
            return true;
        }
        if (pod.getMetadata().getDeletionTimestamp() == null) {
            return false;
        }
        var status = pod.getStatus();
        return status == null || (notRunning(status.getInitContainerStatuses()) && notRunning(status.getContainerStatuses())
                && notRunning(status.getEphemeralContainerStatuses()));
    }

    private static boolean notRunning(List<ContainerStatus> statuses) {
        for (ContainerStatus s : statuses == null ? List.<ContainerStatus>of() : statuses) {
            if (s.getState() == null || (s.getState().getTerminated() == null && s.getState().getWaiting() == null)) {
                return false;
            }
        }
        return true;
    }

    // ---- actual state of world: mounted by node, node health ----

    /** processVolumesInUse: a volume the node no longer lists in status.volumesInUse is unmounted there. */
    private void onNode(Node node, Node old) {
        String name = node.getMetadata().getName();
        List<String> inUse = node.getStatus() == null || node.getStatus().getVolumesInUse() == null ? List.of()
                : node.getStatus().getVolumesInUse();
        boolean changed = false;
        for (TreeMap<String, Attached> byNode : actual.values()) {
            Attached a = byNode.get(name);
            if (a != null) {
                boolean mounted = inUse.contains(a.volume.uniqueName());
                changed |= mounted != a.mountedByNode;
                a.mountedByNode = mounted;
            }
        }
        // health and the out-of-service taint decide a forced detach
        if (changed || old == null || Nodes.isReady(node) != Nodes.isReady(old)
                || Taints.hasKey(node, Taints.OUT_OF_SERVICE) != Taints.hasKey(old, Taints.OUT_OF_SERVICE)) {
            if (!actual.isEmpty() || !desired.isEmpty()) {
                queue.add(RECONCILE);
            }
        }
    }

    // ---- operations ----

    private void onVolumeAttachment(VolumeAttachment va, boolean deleted) {
        if (va.getSpec() == null || va.getSpec().getSource() == null) {
            return;
        }
        String pv = va.getSpec().getSource().getPersistentVolumeName();
        String node = va.getSpec().getNodeName();
        TreeMap<String, Operation> byNode = operations.get(pv);
        Operation op = byNode == null ? null : byNode.get(node);
        if (op == null || !op.attachmentName().equals(va.getMetadata().getName())) {
            return;
        }
        // the attacher waits on its VolumeAttachment lister (waitForVolumeAttachmentWithLister) and then reports
        if (op.detach() && deleted) {
            ctx.engine().schedule(ctx.timings().controllerLatency, Priority.VOLUME, "detached " + pv + " " + node, () -> detached(op));
        } else if (!op.detach() && !deleted && CsiExternalAttacher.attached(va) && va.getMetadata().getDeletionTimestamp() == null) {
            ctx.engine().schedule(ctx.timings().controllerLatency, Priority.VOLUME, "attached " + pv + " " + node, () -> attached(op));
        }
    }

    private boolean operationPending(Attachable volume, String node) {
        TreeMap<String, Operation> byNode = operations.get(volume.pvName());
        if (byNode == null || byNode.isEmpty()) {
            return false;
        }
        // a volume that cannot be attached twice runs one operation at a time, whatever the node
        return !volume.multiAttachAllowed() || byNode.containsKey(node);
    }

    private void start(Operation op) {
        operations.computeIfAbsent(op.volume().pvName(), v -> new TreeMap<>()).put(op.node(), op);
    }

    private void finish(Operation op) {
        TreeMap<String, Operation> byNode = operations.get(op.volume().pvName());
        if (byNode != null && byNode.get(op.node()) == op) {
            byNode.remove(op.node());
            if (byNode.isEmpty()) {
                operations.remove(op.volume().pvName());
            }
        }
    }

    /** (*csiAttacher).Attach: a VolumeAttachment named after the volume, driver and node, not attached yet. */
    private void attach(Desired d) {
        Operation op = new Operation(false, d.volume, d.node, List.copyOf(d.pods.values()));
        start(op);
        String name = op.attachmentName();
        VolumeAttachment existing = api.get(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT, null, name);
        if (existing == null) {
            api.create(new VolumeAttachmentBuilder()
                    .withNewMetadata().withName(name).endMetadata()
                    .withNewSpec().withAttacher(d.volume.driver()).withNodeName(d.node)
                    .withNewSource().withPersistentVolumeName(d.volume.pvName()).endSource()
                    .endSpec()
                    .withNewStatus().withAttached(false).endStatus()
                    .build());
        } else if (CsiExternalAttacher.attached(existing) && existing.getMetadata().getDeletionTimestamp() == null) {
            ctx.engine().schedule(ctx.timings().controllerLatency, Priority.VOLUME, "attached " + d.volume.pvName() + " " + d.node,
                    () -> attached(op));
        }
    }

    /** GenerateAttachVolumeFunc: MarkVolumeAsAttached, then SuccessfulAttachVolume on the pods that wanted it. */
    private void attached(Operation op) {
        finish(op);
        Attached a = new Attached(op.volume(), op.node());
        actual.computeIfAbsent(op.volume().pvName(), v -> new TreeMap<>()).put(op.node(), a);
        String message = volumeMessage("AttachVolume.Attach succeeded", op.volume(), "");
        for (Pod pod : op.scheduledPods()) {
            ctx.events().normal(pod, COMPONENT, "SuccessfulAttachVolume", message);
        }
        queue.add(RECONCILE);
    }

    /** (*csiAttacher).Detach: delete the VolumeAttachment and wait until it is gone. */
    private void detach(Attached a) {
        Operation op = new Operation(true, a.volume, a.node, List.of());
        start(op);
        String name = op.attachmentName();
        VolumeAttachment existing = api.get(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT, null, name);
        if (existing == null) {
            ctx.engine().schedule(ctx.timings().controllerLatency, Priority.VOLUME, "detached " + a.volume.pvName() + " " + a.node,
                    () -> detached(op));
        } else if (existing.getMetadata().getDeletionTimestamp() == null) {
            api.delete(Kinds.VOLUME_ATTACHMENT, null, name);
        }
    }

    /** GenerateDetachVolumeFunc: MarkVolumeDetached. */
    private void detached(Operation op) {
        finish(op);
        TreeMap<String, Attached> byNode = actual.get(op.volume().pvName());
        if (byNode != null) {
            byNode.remove(op.node());
            if (byNode.isEmpty()) {
                actual.remove(op.volume().pvName());
            }
        }
        queue.add(RECONCILE);
    }

    // ---- the reconciler ----

    private void reconcile() {
        long now = ctx.engine().nowMillis();
        long maxWait = ctx.timings().maxWaitForUnmount;
        // detaches first, so that a volume whose pod moved to another node is freed for it
        for (TreeMap<String, Attached> byNode : List.copyOf(actual.values())) {
            for (Attached a : List.copyOf(byNode.values())) {
                if (desiredEntry(a.volume.pvName(), a.node) != null || operationPending(a.volume, a.node)) {
                    continue;
                }
                if (a.detachRequestedAt < 0) {
                    a.detachRequestedAt = now; // SetDetachRequestTime: the 6 min run from the first loop that wants it gone
                }
                boolean timeoutExpired = now - a.detachRequestedAt > maxWait;
                Node node = api.get(Node.class, Kinds.NODE, null, a.node);
                boolean forceDetach = ctx.profile().has(Capability.FORCE_DETACH_ONLY_FROM_UNHEALTHY_NODES)
                        ? timeoutExpired && (node == null || !Nodes.isReady(node))
                        : timeoutExpired;
                // the node.kubernetes.io/out-of-service key, any value or effect (NodeOutOfServiceVolumeDetach)
                boolean outOfService = ctx.profile().has(Capability.NON_GRACEFUL_NODE_SHUTDOWN) && node != null
                        && Taints.hasKey(node, Taints.OUT_OF_SERVICE);
                if (a.mountedByNode && !forceDetach && !outOfService) {
                    if (!timeoutExpired) {
                        // the first loop after the timer runs out (the elapsed time must exceed it)
                        queue.addAfter(RECONCILE, a.detachRequestedAt + maxWait + ctx.timings().attachDetachReconcilePeriod - now);
                    }
                    continue;
                }
                detach(a);
            }
        }
        // attachDesiredVolumes
        for (TreeMap<String, Desired> byNode : List.copyOf(desired.values())) {
            for (Desired d : List.copyOf(byNode.values())) {
                if (operationPending(d.volume, d.node)) {
                    continue;
                }
                Attached a = actualEntry(d.volume.pvName(), d.node);
                if (a != null) {
                    a.detachRequestedAt = -1; // "attached--touching": ResetDetachRequestTime
                    continue;
                }
                if (!d.volume.multiAttachAllowed()) {
                    List<String> nodes = attachedNodes(d.volume.pvName());
                    if (!nodes.isEmpty()) {
                        if (!d.multiAttachErrorReported) {
                            reportMultiAttachError(d, nodes);
                            d.multiAttachErrorReported = true;
                        }
                        continue;
                    }
                }
                attach(d);
            }
        }
    }

    /**
     * reportMultiAttachError: if no pod on the other nodes still wants the volume, the plain message on every scheduled
     * pod; else, per scheduled pod, the pods of its namespace that hold it and a count of the others.
     */
    private void reportMultiAttachError(Desired d, List<String> nodes) {
        List<Pod> others = new ArrayList<>();
        for (String node : nodes) {
            Desired other = node.equals(d.node) ? null : desiredEntry(d.volume.pvName(), node);
            if (other != null) {
                others.addAll(other.pods.values());
            }
        }
        others.sort((x, y) -> (x.getMetadata().getNamespace() + "/" + x.getMetadata().getName())
                .compareTo(y.getMetadata().getNamespace() + "/" + y.getMetadata().getName()));
        for (Pod pod : d.pods.values()) {
            String suffix;
            if (others.isEmpty()) {
                suffix = "Volume is already exclusively attached to one node and can't be attached to another";
            } else {
                List<String> local = new ArrayList<>();
                int otherNamespaces = 0;
                for (Pod o : others) {
                    if (Objects.equals(o.getMetadata().getNamespace(), pod.getMetadata().getNamespace())) {
                        local.add(o.getMetadata().getName());
                    } else {
                        otherNamespaces++;
                    }
                }
                if (!local.isEmpty()) {
                    suffix = "Volume is already used by pod(s) " + String.join(", ", local)
                            + (otherNamespaces > 0 ? " and " + otherNamespaces + " pod(s) in different namespaces" : "");
                } else {
                    suffix = "Volume is already used by " + otherNamespaces + " pod(s) in different namespaces";
                }
            }
            ctx.events().warning(pod, COMPONENT, "FailedAttachVolume", volumeMessage("Multi-Attach error", d.volume, suffix));
        }
    }

    /** generateVolumeMsg ({@code operation_executor.go}): "%v for volume %q %v", the volume being the PV's name. */
    private static String volumeMessage(String prefix, Attachable volume, String suffix) {
        return prefix + " for volume \"" + volume.pvName() + "\" " + suffix;
    }

    private List<String> attachedNodes(String pv) {
        TreeMap<String, Attached> byNode = actual.get(pv);
        return byNode == null ? List.of() : List.copyOf(byNode.keySet());
    }

    private Desired desiredEntry(String pv, String node) {
        TreeMap<String, Desired> byNode = desired.get(pv);
        return byNode == null ? null : byNode.get(node);
    }

    private Attached actualEntry(String pv, String node) {
        TreeMap<String, Attached> byNode = actual.get(pv);
        return byNode == null ? null : byNode.get(node);
    }

    private static String key(String pv, String node) {
        return pv + "\n" + node;
    }

}
