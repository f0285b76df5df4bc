package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile.Capability;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.context.VolumeLocation;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.WorkQueue;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The PV controller ({@code pkg/controller/volume/persistentvolume/pv_controller.go}) and the clusters' external
 * provisioners ({@link ExternalProvisioners}): an unbound claim binds to the smallest Available PV of the same class,
 * access modes and enough capacity; failing that, a claim whose class has a provisioner gets a new volume
 * {@code pvc-<uid>}. A WaitForFirstConsumer claim waits until the scheduler picks a node for its first pod and
 * says so (volume.kubernetes.io/selected-node); only then is its volume provisioned.
 * A PV whose claim is gone becomes Released and is deleted, recycled or retained by its reclaim policy.
 */
public final class PersistentVolumeController {
    private static final String COMPONENT = "persistentvolume-controller";
    /** AnnSelectedNode: set by the scheduler's VolumeBinding on a delayed-binding claim. */
    public static final String ANN_SELECTED_NODE = "volume.kubernetes.io/selected-node";
    static final String ANN_STORAGE_PROVISIONER = "volume.kubernetes.io/storage-provisioner";
    static final String ANN_BETA_STORAGE_PROVISIONER = "volume.beta.kubernetes.io/storage-provisioner";
    private final SimContext ctx;
    private final ApiServer api;
    private final WorkQueue claims;
    private final WorkQueue volumes;
    private final ExternalProvisioners provisioners;
    /** Claims waiting for a volume (Pending, unbound), kept from the watch instead of listing all claims per event. */
    private final TreeSet<String> pendingClaims = new TreeSet<>();
    /** Claims waiting for their first consumer or for an external provisioner: re-synced every sync period. */
    private final TreeSet<String> resyncClaims = new TreeSet<>();
    private boolean resyncScheduled;
    /** The unscheduled pods of a new delayed-binding claim when it was created, for its first sync. */
    private final TreeMap<String, List<String>> firstSyncPods = new TreeMap<>();
    /** Claims whose bind is still sending its requests: their next sync waits for it, as a worker runs one sync per key. */
    private final TreeSet<String> binding = new TreeSet<>();

    public PersistentVolumeController(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
        this.provisioners = new ExternalProvisioners(ctx);
        this.claims = new WorkQueue(ctx.engine(), Priority.VOLUME, "pvc-sync", ctx.timings().volumeBindLatency, this::syncClaim);
        this.volumes = new WorkQueue(ctx.engine(), Priority.VOLUME, "pv-sync", ctx.timings().volumeBindLatency, this::syncVolume);
    }

    public void onWatch(WatchEvent event) {
        if (event.object() instanceof PersistentVolumeClaim pvc) {
            String key = pvc.getMetadata().getNamespace() + "/" + pvc.getMetadata().getName();
            if (event.type() == WatchEvent.Type.ADDED && delayBinding(pvc)) {
                // a StatefulSet creates the claim before its pod and the controller's first sync usually wins that
                // race: it runs before the scheduler picks a node and sees the pods of that moment (the immediate
                // classes keep the latency they were calibrated with)
                firstSyncPods.put(key, nonScheduledPods(pvc));
                claims.addAfter(key, ctx.timings().controllerLatency);
            }
            claims.add(key);
            if (event.type() != WatchEvent.Type.DELETED && pvc.getSpec().getVolumeName() == null
                    && "Pending".equals(pvc.getStatus().getPhase())) {
                pendingClaims.add(key);
            } else {
                pendingClaims.remove(key);
            }
            if (pvc.getSpec().getVolumeName() != null) {
                volumes.add(pvc.getSpec().getVolumeName());
            }
        } else if (event.object() instanceof PersistentVolume pv) {
            volumes.add(pv.getMetadata().getName());
            if (pv.getSpec().getClaimRef() != null) {
                claims.add(pv.getSpec().getClaimRef().getNamespace() + "/" + pv.getSpec().getClaimRef().getName());
            } else if (event.type() != WatchEvent.Type.DELETED) {
                // a free volume may satisfy a waiting claim; only those are worth a look
                pendingClaims.forEach(claims::add);
            }
        }
    }

    // ---- claims ----

    private void syncClaim(String key) {
        syncClaim(key, false);
    }

    private void syncClaim(String key, boolean periodic) {
        if (binding.contains(key)) {
            claims.addAfter(key, ctx.timings().apiRoundTrip);
            return;
        }
        String[] parts = key.split("/", 2);
        PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, parts[0], parts[1]);
        resyncClaims.remove(key);
        List<String> podsAtCreation = firstSyncPods.remove(key);
        if (pvc == null) {
            return;
        }
        String volumeName = pvc.getSpec().getVolumeName();
        if (volumeName != null) {
            PersistentVolume pv = api.get(PersistentVolume.class, Kinds.PV, null, volumeName);
            if (pv == null) {
                setClaimPhase(pvc, "Lost");
                if (!"Lost".equals(pvc.getStatus().getPhase())) {
                    ctx.events().warning(pvc, COMPONENT, "ClaimLost", "Bound claim has lost its PersistentVolume. Data on the volume is lost!");
                }
            } else if (pv.getSpec().getClaimRef() != null && Objects.equals(pv.getSpec().getClaimRef().getUid(), pvc.getMetadata().getUid())) {
                bind(pv, pvc);
            }
            return;
        }
        if (pvc.getMetadata().getDeletionTimestamp() != null) {
            return;
        }
        StorageClass sc = storageClass(pvc);
        boolean delayBinding = delayBinding(pvc);
        PersistentVolume match = findMatch(pvc, delayBinding);
        if (match != null) {
            bind(match, pvc);
            return;
        }
        if (delayBinding && !pvc.getMetadata().getAnnotations().containsKey(ANN_SELECTED_NODE)) {
            // syncUnboundClaim: delayBinding && !IsDelayBindingProvisioning(claim); the scheduler binds or selects a node.
            // emitEventForUnboundDelayBindingClaim names the pods that use the claim but are not scheduled yet.
            List<String> pods = podsAtCreation != null ? podsAtCreation : nonScheduledPods(pvc);
            if (pods.isEmpty()) {
                ctx.events().normal(pvc, COMPONENT, "WaitForFirstConsumer", "waiting for first consumer to be created before binding");
            } else {
                ctx.events().normal(pvc, COMPONENT, "WaitForPodScheduled", pods.size() == 1
                        ? "waiting for pod " + pods.get(0) + " to be scheduled"
                        : "waiting for pods " + String.join(",", pods) + " to be scheduled");
            }
            setClaimPhase(pvc, "Pending");
            resyncLater(key);
            return;
        }
        if (sc != null && sc.getProvisioner() != null && !"kubernetes.io/no-provisioner".equals(sc.getProvisioner())) {
            // provisionClaim: every class whose provisioner is not in-tree is external to this controller, minikube's
            // too (its first sync annotates the claim and records ExternalProvisioning before the provisioner answers)
            handOff(pvc, sc, periodic);
            resyncLater(key);
            provisioners.provision(pvc, sc);
        } else if (!"Pending".equals(pvc.getStatus().getPhase())) {
            setClaimPhase(pvc, "Pending");
        } else {
            String why = pvc.getSpec().getStorageClassName() == null || pvc.getSpec().getStorageClassName().isEmpty()
                    ? "no persistent volumes available for this claim and no storage class is set"
                    : "storageclass.storage.k8s.io \"" + pvc.getSpec().getStorageClassName() + "\" not found";
            ctx.events().normal(pvc, COMPONENT, "FailedBinding", why);
        }
    }

    /** findNonScheduledPodsByPVC: active pods of the claim's namespace that use it and have no node. */
    private List<String> nonScheduledPods(PersistentVolumeClaim pvc) {
        List<String> names = new ArrayList<>();
        for (Pod pod : api.list(Pod.class, Kinds.POD, pvc.getMetadata().getNamespace())) {
            if (pod.getSpec().getNodeName() == null && !Pods.isTerminal(pod) && pod.getMetadata().getDeletionTimestamp() == null
                    && Pods.claimNames(pod).contains(pvc.getMetadata().getName())) {
                names.add(pod.getMetadata().getName());
            }
        }
        return names;
    }

    private boolean delayBinding(PersistentVolumeClaim pvc) {
        StorageClass sc = storageClass(pvc);
        return sc != null && "WaitForFirstConsumer".equals(sc.getVolumeBindingMode());
    }

    private StorageClass storageClass(PersistentVolumeClaim pvc) {
        String name = pvc.getSpec().getStorageClassName();
        return name == null || name.isEmpty() ? null : api.get(StorageClass.class, Kinds.STORAGE_CLASS, null, name);
    }

    /**
     * provisionClaimOperationExternal: the annotations that tell the external provisioner to start (the CSI name for a
     * migrated in-tree class, plus pv.kubernetes.io/migrated-to), and the ExternalProvisioning event on every sync
     * that finds the claim still waiting (not on the controller's own update, which its cache already holds).
     */
    private void handOff(PersistentVolumeClaim pvc, StorageClass sc, boolean periodic) {
        String provisioner = ExternalProvisioners.provisionerFor(sc);
        Map<String, String> annotations = pvc.getMetadata().getAnnotations();
        boolean migrated = !provisioner.equals(sc.getProvisioner());
        if (!provisioner.equals(annotations.get(ANN_STORAGE_PROVISIONER))) {
            PersistentVolumeClaim copy = Copies.copy(pvc);
            copy.getMetadata().getAnnotations().put(ANN_STORAGE_PROVISIONER, provisioner);
            copy.getMetadata().getAnnotations().put(ANN_BETA_STORAGE_PROVISIONER, provisioner);
            if (migrated) {
                copy.getMetadata().getAnnotations().put(ExternalProvisioners.ANN_MIGRATED_TO, provisioner);
            }
            pvc = api.update(copy);
        } else if (!periodic) {
            return;
        }
        String message = ctx.profile().has(Capability.EXTERNAL_PROVISIONING_WAITING_WORDING)
                // PR 118262 (1.28)
                ? "Waiting for a volume to be created either by the external provisioner '" + provisioner
                        + "' or manually by the system administrator. If volume creation is delayed, please verify that the "
                        + "provisioner is running and correctly registered."
                : "waiting for a volume to be created, either by external provisioner \"" + provisioner
                        + "\" or manually created by system administrator";
        ctx.events().normal(pvc, COMPONENT, "ExternalProvisioning", message);
    }

    /** The controller's periodic resync (--pvclaimbinder-sync-period), here only for the claims that wait. */
    private void resyncLater(String key) {
        resyncClaims.add(key);
        if (!resyncScheduled) {
            resyncScheduled = true;
            ctx.engine().schedule(ctx.timings().pvClaimBinderSyncPeriod, Priority.VOLUME, "pv-controller resync", () -> {
                resyncScheduled = false;
                for (String claim : List.copyOf(resyncClaims)) {
                    syncClaim(claim, true);
                }
            });
        }
    }

    /**
     * findBestMatchForClaim: same class, access modes covered, capacity enough; smallest wins. With delayed binding
     * only a PV pre-bound to the claim matches (FindMatchingVolume with no node): the scheduler chooses the others.
     */
    private PersistentVolume findMatch(PersistentVolumeClaim pvc, boolean delayBinding) {
        String wantedClass = pvc.getSpec().getStorageClassName() == null ? "" : pvc.getSpec().getStorageClassName();
        BigDecimal wanted = request(pvc);
        PersistentVolume best = null;
        for (PersistentVolume pv : api.list(PersistentVolume.class, Kinds.PV, null)) {
            if (pv.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            if (pv.getSpec().getClaimRef() != null) {
                if (Objects.equals(pv.getSpec().getClaimRef().getUid(), pvc.getMetadata().getUid())
                        || (pv.getSpec().getClaimRef().getUid() == null && pvc.getMetadata().getName().equals(pv.getSpec().getClaimRef().getName())
                        && pvc.getMetadata().getNamespace().equals(pv.getSpec().getClaimRef().getNamespace()))) {
                    return pv; // pre-bound to this claim
                }
                continue;
            }
            if (!"Available".equals(phase(pv)) || delayBinding) {
                continue;
            }
            String pvClass = pv.getSpec().getStorageClassName() == null ? "" : pv.getSpec().getStorageClassName();
            if (!pvClass.equals(wantedClass) || !pv.getSpec().getAccessModes().containsAll(pvc.getSpec().getAccessModes())) {
                continue;
            }
            BigDecimal size = capacity(pv);
            if (size.compareTo(wanted) < 0) {
                continue;
            }
            if (best == null || size.compareTo(capacity(best)) < 0) {
                best = pv;
            }
        }
        return best;
    }

    /**
     * bind ({@code pv_controller.go}): four requests, each a write only when needed and each waiting for the previous
     * one's answer: bindVolumeToClaim (the PV's claimRef), updateVolumePhase (the PV's status Bound),
     * bindClaimToVolume (the claim's volumeName and annotations) and updateClaimStatus (the claim's status Bound), so
     * {@code kubectl get pvc} shows Pending with its VOLUME set for a moment.
     */
    private void bind(PersistentVolume pv, PersistentVolumeClaim pvc) {
        String key = pvc.getMetadata().getNamespace() + "/" + pvc.getMetadata().getName();
        String volume = pv.getMetadata().getName();
        String uid = pvc.getMetadata().getUid();
        binding.add(key);
        RequestSequence.send(ctx, Priority.VOLUME, "pv-bind " + key, List.of(
                () -> bindVolumeToClaim(volume, key, uid),
                () -> updateVolumePhase(volume, key, uid),
                () -> bindClaimToVolume(volume, key, uid),
                () -> updateClaimStatus(volume, key, uid)), () -> binding.remove(key));
    }

    /** The claim {@code key} if it is still the one with {@code uid}; null when it is gone or was recreated. */
    private PersistentVolumeClaim claim(String key, String uid) {
        String[] parts = key.split("/", 2);
        PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, parts[0], parts[1]);
        return pvc == null || !uid.equals(pvc.getMetadata().getUid()) ? null : pvc;
    }

    /** IsVolumeBoundToClaim: the PV's claimRef names the claim, uid included. */
    private static boolean boundTo(PersistentVolume pv, PersistentVolumeClaim pvc) {
        var ref = pv.getSpec().getClaimRef();
        return ref != null && pvc.getMetadata().getName().equals(ref.getName())
                && pvc.getMetadata().getNamespace().equals(ref.getNamespace()) && Objects.equals(pvc.getMetadata().getUid(), ref.getUid());
    }

    /** bindVolumeToClaim: claimRef, and bound-by-controller unless the PV already named the claim (a provisioned PV does). */
    private boolean bindVolumeToClaim(String volume, String key, String uid) {
        PersistentVolume pv = api.get(PersistentVolume.class, Kinds.PV, null, volume);
        PersistentVolumeClaim pvc = claim(key, uid);
        if (pv == null || pvc == null || boundTo(pv, pvc)) {
            return false;
        }
        PersistentVolume copy = Copies.copy(pv);
        claimFor(copy, pvc);
        api.update(copy);
        return true;
    }

    /** The volume's claimRef to the claim, marked as the controller's binding ({@code bindVolumeToClaim}). */
    static void claimFor(PersistentVolume volume, PersistentVolumeClaim pvc) {
        volume.getSpec().setClaimRef(new ObjectReferenceBuilder().withKind("PersistentVolumeClaim").withApiVersion("v1")
                .withNamespace(pvc.getMetadata().getNamespace()).withName(pvc.getMetadata().getName())
                .withUid(pvc.getMetadata().getUid()).withResourceVersion(pvc.getMetadata().getResourceVersion()).build());
        volume.getMetadata().getAnnotations().put("pv.kubernetes.io/bound-by-controller", "yes");
    }

    /** updateVolumePhase(volume, Bound): the PV's status, a request of its own. */
    private boolean updateVolumePhase(String volume, String key, String uid) {
        PersistentVolume pv = api.get(PersistentVolume.class, Kinds.PV, null, volume);
        PersistentVolumeClaim pvc = claim(key, uid);
        if (pv == null || pvc == null || !boundTo(pv, pvc) || "Bound".equals(phase(pv))) {
            return false;
        }
        setVolumePhase(pv, "Bound");
        return true;
    }

    /** bindClaimToVolume: volumeName and bound-by-controller when the controller chose the volume, bind-completed. */
    private boolean bindClaimToVolume(String volume, String key, String uid) {
        PersistentVolume pv = api.get(PersistentVolume.class, Kinds.PV, null, volume);
        PersistentVolumeClaim pvc = claim(key, uid);
        if (pv == null || pvc == null || !boundTo(pv, pvc)) {
            return false;
        }
        PersistentVolumeClaim copy = Copies.copy(pvc);
        Map<String, String> annotations = copy.getMetadata().getAnnotations();
        boolean dirty = false;
        if (!volume.equals(pvc.getSpec().getVolumeName())) {
            copy.getSpec().setVolumeName(volume);
            annotations.putIfAbsent("pv.kubernetes.io/bound-by-controller", "yes");
            dirty = true;
        }
        if (!annotations.containsKey("pv.kubernetes.io/bind-completed")) {
            annotations.put("pv.kubernetes.io/bind-completed", "yes");
            dirty = true;
        }
        if (dirty) {
            api.update(copy);
        }
        return dirty;
    }

    /** updateClaimStatus(claim, Bound, volume): phase, access modes and capacity from the volume. */
    private boolean updateClaimStatus(String volume, String key, String uid) {
        PersistentVolume pv = api.get(PersistentVolume.class, Kinds.PV, null, volume);
        PersistentVolumeClaim pvc = claim(key, uid);
        if (pv == null || pvc == null || !volume.equals(pvc.getSpec().getVolumeName())) {
            return false;
        }
        if ("Bound".equals(pvc.getStatus().getPhase())) {
            return false;
        }
        PersistentVolumeClaim copy = Copies.copy(pvc);
        copy.getStatus().setPhase("Bound");
        copy.getStatus().setAccessModes(pv.getSpec().getAccessModes());
        copy.getStatus().setCapacity(new TreeMap<>(pv.getSpec().getCapacity()));
        api.update(copy);
        return true;
    }

    private void setClaimPhase(PersistentVolumeClaim pvc, String phase) {
        if (!phase.equals(pvc.getStatus().getPhase())) {
            PersistentVolumeClaim copy = Copies.copy(pvc);
            copy.getStatus().setPhase(phase);
            api.update(copy);
        }
    }

    // ---- volumes ----

    private void syncVolume(String name) {
        PersistentVolume pv = api.get(PersistentVolume.class, Kinds.PV, null, name);
        if (pv == null) {
            return; // deleting the object leaves the storage: only reclaim's Delete removes it
        }
        if (pv.getMetadata().getDeletionTimestamp() != null) {
            return;
        }
        if (pv.getSpec().getClaimRef() == null) {
            setVolumePhase(pv, "Available");
            return;
        }
        var ref = pv.getSpec().getClaimRef();
        PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, ref.getNamespace(), ref.getName());
        boolean claimGone = ref.getUid() != null && (pvc == null || !ref.getUid().equals(pvc.getMetadata().getUid()));
        if (!claimGone) {
            if (pvc != null && name.equals(pvc.getSpec().getVolumeName())) {
                setVolumePhase(pv, "Bound");
            }
            return;
        }
        if ("Released".equals(phase(pv)) || "Failed".equals(phase(pv))) {
            return;
        }
        setVolumePhase(pv, "Released");
        reclaim(name, pv.getSpec().getPersistentVolumeReclaimPolicy());
    }

    private void reclaim(String name, String policy) {
        if ("Delete".equals(policy)) {
            // deleteVolumeOperation: the provisioner deletes the storage, then the PV object goes
            ctx.engine().schedule(ctx.timings().volumeBindLatency, Priority.VOLUME, "pv-delete " + name, () -> {
                PersistentVolume current = api.get(PersistentVolume.class, Kinds.PV, null, name);
                if (current != null) {
                    provisioners.deleteStorage(current);
                    api.delete(Kinds.PV, null, name);
                }
            });
        } else if ("Recycle".equals(policy)) {
            ctx.engine().schedule(ctx.timings().recycleDelay, Priority.VOLUME, "pv-recycle " + name, () -> {
                PersistentVolume current = api.get(PersistentVolume.class, Kinds.PV, null, name);
                if (current != null && "Released".equals(phase(current))) {
                    scrub(current);
                    PersistentVolume copy = Copies.copy(current);
                    copy.getSpec().setClaimRef(null);
                    copy.getStatus().setPhase("Available");
                    api.update(copy);
                    ctx.events().normal(copy, COMPONENT, "VolumeRecycled", "Volume recycled");
                }
            });
        }
    }

    /**
     * The recycler pod's {@code rm -rf /scrub/*}: it mounts the volume wherever it is scheduled; here it scrubs the
     * hostPath directory on every node, since this simulation does not run that pod.
     */
    private void scrub(PersistentVolume pv) {
        if (pv.getSpec().getHostPath() != null) {
            ctx.disks().wipeOnEveryNode(pv.getSpec().getHostPath().getPath());
        } else {
            ctx.disks().wipe(VolumeLocation.of(pv, null));
        }
    }

    private void setVolumePhase(PersistentVolume pv, String phase) {
        if (!phase.equals(phase(pv))) {
            PersistentVolume copy = Copies.copy(pv);
            if (copy.getStatus() == null) {
                copy.setStatus(new io.fabric8.kubernetes.api.model.PersistentVolumeStatus());
            }
            copy.getStatus().setPhase(phase);
            api.update(copy);
        }
    }

    private static String phase(PersistentVolume pv) {
        return pv.getStatus() == null ? null : pv.getStatus().getPhase();
    }

    private static BigDecimal request(PersistentVolumeClaim pvc) {
        Quantity q = pvc.getSpec().getResources() == null ? null : pvc.getSpec().getResources().getRequests().get("storage");
        return q == null ? BigDecimal.ZERO : q.getNumericalAmount();
    }

    private static BigDecimal capacity(PersistentVolume pv) {
        Quantity q = pv.getSpec().getCapacity().get("storage");
        return q == null ? BigDecimal.ZERO : q.getNumericalAmount();
    }
}
