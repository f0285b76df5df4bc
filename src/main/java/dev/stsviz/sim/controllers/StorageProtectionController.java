package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.WorkQueue;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.ArrayList;
import java.util.List;

/**
 * StorageObjectInUseProtection: a deleted PVC stays Terminating while a pod still uses it, and a deleted PV
 * while it is Bound ({@code pkg/controller/volume/pvcprotection}, {@code pkg/controller/volume/pvprotection}).
 */
public final class StorageProtectionController {
    static final String PVC_FINALIZER = "kubernetes.io/pvc-protection";
    static final String PV_FINALIZER = "kubernetes.io/pv-protection";
    private final ApiServer api;
    private final WorkQueue claims;
    private final WorkQueue volumes;

    public StorageProtectionController(SimContext ctx) {
        this.api = ctx.api();
        this.claims = new WorkQueue(ctx.engine(), Priority.VOLUME, "pvc-protection", ctx.timings().controllerLatency, this::syncClaim);
        this.volumes = new WorkQueue(ctx.engine(), Priority.VOLUME, "pv-protection", ctx.timings().controllerLatency, this::syncVolume);
    }

    public void onWatch(WatchEvent event) {
        HasMetadata o = event.object();
        if (o instanceof PersistentVolumeClaim pvc && pvc.getMetadata().getDeletionTimestamp() != null) {
            claims.add(pvc.getMetadata().getNamespace() + "/" + pvc.getMetadata().getName());
        } else if (o instanceof PersistentVolume pv) {
            if (pv.getMetadata().getDeletionTimestamp() != null || event.type() == WatchEvent.Type.MODIFIED) {
                volumes.add(pv.getMetadata().getName());
            }
        } else if (o instanceof Pod pod && (event.type() == WatchEvent.Type.DELETED || Pods.isTerminal(pod))) {
            for (String claim : Pods.claimNames(pod)) {
                claims.add(pod.getMetadata().getNamespace() + "/" + claim);
            }
        }
    }

    private void syncClaim(String key) {
        String[] parts = key.split("/", 2);
        PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, parts[0], parts[1]);
        if (pvc == null || pvc.getMetadata().getDeletionTimestamp() == null || !pvc.getMetadata().getFinalizers().contains(PVC_FINALIZER)) {
            return;
        }
        for (Pod pod : api.list(Pod.class, Kinds.POD, parts[0])) {
            // podUsesPVC: only a scheduled pod holds its claim (the kubelet refuses to start a pod whose claim is
            // being deleted, so an unscheduled one never will)
            if (Pods.nodeName(pod) != null && !Pods.isTerminal(pod) && Pods.claimNames(pod).contains(parts[1])) {
                return; // still in use
            }
        }
        api.update(withoutFinalizer(pvc, PVC_FINALIZER));
    }

    private void syncVolume(String name) {
        PersistentVolume pv = api.get(PersistentVolume.class, Kinds.PV, null, name);
        if (pv == null || pv.getMetadata().getDeletionTimestamp() == null || !pv.getMetadata().getFinalizers().contains(PV_FINALIZER)) {
            return;
        }
        if (pv.getStatus() != null && "Bound".equals(pv.getStatus().getPhase())) {
            return;
        }
        api.update(withoutFinalizer(pv, PV_FINALIZER));
    }

    private static <T extends HasMetadata> T withoutFinalizer(T object, String finalizer) {
        T copy = Copies.copy(object);
        List<String> finalizers = new ArrayList<>(copy.getMetadata().getFinalizers());
        finalizers.remove(finalizer);
        copy.getMetadata().setFinalizers(finalizers);
        return copy;
    }
}
