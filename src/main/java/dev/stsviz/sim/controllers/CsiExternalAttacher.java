package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.AttachableVolumes;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.ScheduledEvent;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachmentStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The PD CSI driver's external-attacher sidecar ({@code kubernetes-csi/external-attacher}, {@code csi_handler.go}),
 * which GKE runs for the cluster: for a new VolumeAttachment it adds its finalizer and the node-id annotation, attaches
 * the disk (ControllerPublishVolume) and sets {@code status.attached}; for a deleted one it detaches the disk
 * (ControllerUnpublishVolume) and removes the finalizer, which lets the object go.
 */
public final class CsiExternalAttacher {
    /** {@code "external-attacher/" + SanitizeDriverName(driver)}: characters outside [a-zA-Z0-9-] become '-'. */
    static final String FINALIZER = "external-attacher/" + AttachableVolumes.PD_CSI_DRIVER.replaceAll("[^a-zA-Z0-9-]", "-");
    static final String NODE_ID_ANNOTATION = "csi.alpha.kubernetes.io/node-id";

    private final SimContext ctx;
    private final ApiServer api;
    /** VolumeAttachment name -> the attach or detach in progress. */
    private final TreeMap<String, ScheduledEvent> inFlight = new TreeMap<>();
    /** Names whose in-flight operation is a detach. */
    private final TreeSet<String> detaching = new TreeSet<>();

    public CsiExternalAttacher(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
    }

    public void onWatch(WatchEvent event) {
        if (!(event.object() instanceof VolumeAttachment va) || va.getSpec() == null
                || !AttachableVolumes.PD_CSI_DRIVER.equals(va.getSpec().getAttacher())) {
            return;
        }
        String name = va.getMetadata().getName();
        if (event.type() == WatchEvent.Type.DELETED) {
            cancel(name);
            return;
        }
        if (va.getMetadata().getDeletionTimestamp() != null) {
            if (!detaching.contains(name) && va.getMetadata().getFinalizers().contains(FINALIZER)) {
                cancel(name);
                detaching.add(name);
                inFlight.put(name, ctx.engine().schedule(ctx.timings().diskDetachDelay, Priority.VOLUME, "csi-detach " + name,
                        () -> detached(name)));
            }
        } else if (!attached(va) && !inFlight.containsKey(name)) {
            inFlight.put(name, ctx.engine().schedule(ctx.timings().controllerLatency, Priority.VOLUME, "csi-attach " + name,
                    () -> beginAttach(name)));
        }
    }

    /** syncAttach: the finalizer and the node id first, then ControllerPublishVolume. */
    private void beginAttach(String name) {
        VolumeAttachment va = api.get(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT, null, name);
        if (va == null || va.getMetadata().getDeletionTimestamp() != null) {
            inFlight.remove(name);
            return;
        }
        VolumeAttachment copy = Copies.copy(va);
        if (!copy.getMetadata().getFinalizers().contains(FINALIZER)) {
            List<String> finalizers = new ArrayList<>(copy.getMetadata().getFinalizers());
            finalizers.add(FINALIZER);
            copy.getMetadata().setFinalizers(finalizers);
        }
        // the node's id for the PD driver, as its CSINode registers it
        copy.getMetadata().getAnnotations().put(NODE_ID_ANNOTATION, "projects/" + ClusterPreset.GKE_PROJECT + "/zones/"
                + ClusterPreset.GKE_ZONE + "/instances/" + va.getSpec().getNodeName());
        api.updateOwned(copy);
        inFlight.put(name, ctx.engine().schedule(ctx.timings().diskAttachDelay, Priority.VOLUME, "csi-attached " + name,
                () -> markAttached(name)));
    }

    private void markAttached(String name) {
        inFlight.remove(name);
        VolumeAttachment va = api.get(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT, null, name);
        if (va == null || va.getMetadata().getDeletionTimestamp() != null || attached(va)) {
            return;
        }
        VolumeAttachment copy = Copies.copy(va);
        VolumeAttachmentStatus status = copy.getStatus() == null ? new VolumeAttachmentStatus() : copy.getStatus();
        status.setAttached(true);
        copy.setStatus(status);
        api.updateOwned(copy);
    }

    /** csiDetach: ControllerUnpublishVolume done, the finalizer goes and with it the object. */
    private void detached(String name) {
        inFlight.remove(name);
        detaching.remove(name);
        VolumeAttachment va = api.get(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT, null, name);
        if (va == null) {
            return;
        }
        VolumeAttachment copy = Copies.copy(va);
        List<String> finalizers = new ArrayList<>(copy.getMetadata().getFinalizers());
        finalizers.remove(FINALIZER);
        copy.getMetadata().setFinalizers(finalizers);
        if (copy.getStatus() != null) {
            copy.getStatus().setAttached(false);
        }
        api.updateOwned(copy);
    }

    private void cancel(String name) {
        ScheduledEvent pending = inFlight.remove(name);
        if (pending != null) {
            pending.cancel();
        }
        detaching.remove(name);
    }

    static boolean attached(VolumeAttachment va) {
        return va.getStatus() != null && Boolean.TRUE.equals(va.getStatus().getAttached());
    }
}
