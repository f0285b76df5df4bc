package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.WorkQueue;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The PV controller ({@code pkg/controller/volume/persistentvolume/pv_controller.go}) with a minikube-like
 * external provisioner: an unbound claim binds to the smallest Available PV of the same class, access modes and
 * enough capacity; failing that, a claim whose class has a provisioner gets a new volume {@code pvc-<uid>}.
 * A PV whose claim is gone becomes Released and is deleted, recycled or retained by its reclaim policy.
 */
public final class PersistentVolumeController {
    private static final String COMPONENT = "persistentvolume-controller";
    private final SimContext ctx;
    private final ApiServer api;
    private final WorkQueue claims;
    private final WorkQueue volumes;
    private final TreeSet<String> provisioning = new TreeSet<>();
    /** Claims waiting for a volume (Pending, unbound), kept from the watch instead of listing all claims per event. */
    private final TreeSet<String> pendingClaims = new TreeSet<>();

    public PersistentVolumeController(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
        this.claims = new WorkQueue(ctx.engine(), Priority.VOLUME, "pvc-sync", ctx.timings().volumeBindLatency, this::syncClaim);
        this.volumes = new WorkQueue(ctx.engine(), Priority.VOLUME, "pv-sync", ctx.timings().volumeBindLatency, this::syncVolume);
    }

    public void onWatch(WatchEvent event) {
        if (event.object() instanceof PersistentVolumeClaim pvc) {
            String key = pvc.getMetadata().getNamespace() + "/" + pvc.getMetadata().getName();
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
        String[] parts = key.split("/", 2);
        PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, parts[0], parts[1]);
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
        PersistentVolume match = findMatch(pvc);
        if (match != null) {
            bind(match, pvc);
            return;
        }
        StorageClass sc = storageClass(pvc);
        if (sc != null && sc.getProvisioner() != null && !"kubernetes.io/no-provisioner".equals(sc.getProvisioner())) {
            provision(pvc, sc);
        } else if (!"Pending".equals(pvc.getStatus().getPhase())) {
            setClaimPhase(pvc, "Pending");
        } else {
            String why = pvc.getSpec().getStorageClassName() == null || pvc.getSpec().getStorageClassName().isEmpty()
                    ? "no persistent volumes available for this claim and no storage class is set"
                    : "storageclass.storage.k8s.io \"" + pvc.getSpec().getStorageClassName() + "\" not found";
            ctx.events().normal(pvc, COMPONENT, "FailedBinding", why);
        }
    }

    private StorageClass storageClass(PersistentVolumeClaim pvc) {
        String name = pvc.getSpec().getStorageClassName();
        return name == null || name.isEmpty() ? null : api.get(StorageClass.class, Kinds.STORAGE_CLASS, null, name);
    }

    /** findBestMatchForClaim: same class, access modes covered, capacity enough; smallest wins. */
    private PersistentVolume findMatch(PersistentVolumeClaim pvc) {
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
            if (!"Available".equals(phase(pv))) {
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

    private void provision(PersistentVolumeClaim pvc, StorageClass sc) {
        String uid = pvc.getMetadata().getUid();
        if (!provisioning.add(uid)) {
            return;
        }
        ctx.engine().schedule(ctx.timings().provisionDelay, Priority.VOLUME, "provision " + pvc.getMetadata().getName(), () -> {
            provisioning.remove(uid);
            PersistentVolumeClaim current = api.get(PersistentVolumeClaim.class, Kinds.PVC, pvc.getMetadata().getNamespace(), pvc.getMetadata().getName());
            if (current == null || !uid.equals(current.getMetadata().getUid()) || current.getSpec().getVolumeName() != null
                    || current.getMetadata().getDeletionTimestamp() != null) {
                return;
            }
            String name = "pvc-" + uid;
            Map<String, Quantity> capacity = new TreeMap<>();
            capacity.put("storage", current.getSpec().getResources().getRequests().get("storage"));
            PersistentVolume pv = new PersistentVolumeBuilder()
                    .withNewMetadata().withName(name)
                    .addToAnnotations("pv.kubernetes.io/provisioned-by", sc.getProvisioner())
                    .endMetadata()
                    .withNewSpec()
                    .withCapacity(capacity)
                    .withAccessModes(current.getSpec().getAccessModes())
                    .withPersistentVolumeReclaimPolicy(sc.getReclaimPolicy() == null ? "Delete" : sc.getReclaimPolicy())
                    .withStorageClassName(sc.getMetadata().getName())
                    .withVolumeMode("Filesystem")
                    .withNewHostPath().withPath("/tmp/hostpath-provisioner/" + current.getMetadata().getNamespace() + "/"
                            + current.getMetadata().getName()).withType("").endHostPath()
                    .withClaimRef(new ObjectReferenceBuilder().withKind("PersistentVolumeClaim").withApiVersion("v1")
                            .withNamespace(current.getMetadata().getNamespace()).withName(current.getMetadata().getName())
                            .withUid(uid).withResourceVersion(current.getMetadata().getResourceVersion()).build())
                    .endSpec()
                    .withNewStatus().withPhase("Pending").endStatus()
                    .build();
            api.create(pv);
            ctx.events().normal(current, sc.getProvisioner() + "_minikube", "ProvisioningSucceeded",
                    "Successfully provisioned volume " + name + " using " + sc.getProvisioner());
        });
    }

    private void bind(PersistentVolume pv, PersistentVolumeClaim pvc) {
        if (pv.getSpec().getClaimRef() == null || !Objects.equals(pv.getSpec().getClaimRef().getUid(), pvc.getMetadata().getUid())
                || !"Bound".equals(phase(pv))) {
            PersistentVolume pvCopy = Copies.copy(pv);
            pvCopy.getSpec().setClaimRef(new ObjectReferenceBuilder().withKind("PersistentVolumeClaim").withApiVersion("v1")
                    .withNamespace(pvc.getMetadata().getNamespace()).withName(pvc.getMetadata().getName())
                    .withUid(pvc.getMetadata().getUid()).withResourceVersion(pvc.getMetadata().getResourceVersion()).build());
            pvCopy.getMetadata().getAnnotations().put("pv.kubernetes.io/bound-by-controller", "yes");
            pvCopy.getStatus().setPhase("Bound");
            pv = api.update(pvCopy);
        }
        if (!pv.getMetadata().getName().equals(pvc.getSpec().getVolumeName()) || !"Bound".equals(pvc.getStatus().getPhase())) {
            PersistentVolumeClaim claimCopy = Copies.copy(pvc);
            claimCopy.getSpec().setVolumeName(pv.getMetadata().getName());
            claimCopy.getMetadata().getAnnotations().put("pv.kubernetes.io/bind-completed", "yes");
            claimCopy.getMetadata().getAnnotations().put("pv.kubernetes.io/bound-by-controller", "yes");
            claimCopy.getStatus().setPhase("Bound");
            claimCopy.getStatus().setAccessModes(pv.getSpec().getAccessModes());
            claimCopy.getStatus().setCapacity(new TreeMap<>(pv.getSpec().getCapacity()));
            api.update(claimCopy);
        }
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
            ctx.disks().wipe(name);
            return;
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
            ctx.engine().schedule(ctx.timings().volumeBindLatency, Priority.VOLUME, "pv-delete " + name, () -> {
                if (api.get(PersistentVolume.class, Kinds.PV, null, name) != null) {
                    api.delete(Kinds.PV, null, name);
                    ctx.disks().wipe(name);
                }
            });
        } else if ("Recycle".equals(policy)) {
            ctx.engine().schedule(ctx.timings().recycleDelay, Priority.VOLUME, "pv-recycle " + name, () -> {
                PersistentVolume current = api.get(PersistentVolume.class, Kinds.PV, null, name);
                if (current != null && "Released".equals(phase(current))) {
                    ctx.disks().wipe(name);
                    PersistentVolume copy = Copies.copy(current);
                    copy.getSpec().setClaimRef(null);
                    copy.getStatus().setPhase("Available");
                    api.update(copy);
                    ctx.events().normal(copy, COMPONENT, "VolumeRecycled", "Volume recycled");
                }
            });
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
