package dev.stsviz.sim.controllers.statefulset;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.StatefulSets;
import dev.stsviz.sim.apiserver.ApiException;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.context.Profile.Capability;
import dev.stsviz.sim.context.SimContext;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates, updates and deletes a StatefulSet's pods and claims, with the events a real controller records
 * and the PVC retention policy's owner references ({@code pkg/controller/statefulset/stateful_pod_control.go}).
 */
final class StatefulPodControl {
    private static final String COMPONENT = "statefulset-controller";
    private final SimContext ctx;
    private final ApiServer api;
    private final ClaimNames claimNames = new ClaimNames();
    /**
     * Pods last found to match their set's identity and storage, by name. Stored objects are never mutated, so while the
     * pod is the very same object and the set's spec the same generation, the answer stands: a sync skips the check.
     */
    private final Map<String, Matched> matched = new HashMap<>();

    private record Matched(Pod pod, String setUid, Long generation) {
    }

    StatefulPodControl(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
    }

    void createPod(StatefulSet set, Pod pod) {
        try {
            createClaims(set, pod);
        } catch (ApiException | IllegalStateException e) {
            podEvent("create", set, pod, e.getMessage());
            throw e;
        }
        try {
            api.create(pod);
            podEvent("create", set, pod, null);
        } catch (ApiException e) {
            // CreateStatefulPod "sink[s] already exists errors": no event when a pod of that name exists (one released)
            if (!e.isAlreadyExists()) {
                podEvent("create", set, pod, e.getMessage());
            }
            throw e;
        }
    }

    void updatePod(StatefulSet set, Pod pod, boolean podIndexLabel) {
        Pod copy = Copies.copy(pod);
        StatefulPods.updateIdentity(set, copy, podIndexLabel);
        StatefulPods.updateStorage(set, copy);
        createMissingClaims(set, copy);
        api.update(copy);
        updateClaimsForRetention(set, copy);
    }

    void deletePod(StatefulSet set, Pod pod) {
        try {
            api.delete(Kinds.POD, pod.getMetadata().getNamespace(), pod.getMetadata().getName());
            podEvent("delete", set, pod, null);
        } catch (ApiException e) {
            podEvent("delete", set, pod, e.getMessage());
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }

    /** getPersistentVolumeClaims: the claim templates for this ordinal, labelled with the set's selector. */
    List<PersistentVolumeClaim> claimsFor(StatefulSet set, Pod pod) {
        int ordinal = Pods.ordinal(pod.getMetadata().getName());
        List<PersistentVolumeClaim> claims = new ArrayList<>();
        for (PersistentVolumeClaim template : set.getSpec().getVolumeClaimTemplates()) {
            Map<String, String> labels = new LinkedHashMap<>(template.getMetadata().getLabels() == null ? Map.of()
                    : template.getMetadata().getLabels());
            if (set.getSpec().getSelector() != null && set.getSpec().getSelector().getMatchLabels() != null) {
                labels.putAll(set.getSpec().getSelector().getMatchLabels());
            }
            claims.add(new PersistentVolumeClaimBuilder()
                    .withNewMetadata()
                    .withName(StatefulPods.claimName(set, template, ordinal))
                    .withNamespace(set.getMetadata().getNamespace())
                    .withLabels(labels)
                    .withAnnotations(template.getMetadata().getAnnotations())
                    .endMetadata()
                    .withSpec(new PersistentVolumeClaimBuilder().withSpec(template.getSpec()).build().getSpec())
                    .build());
        }
        return claims;
    }

    private void createClaims(StatefulSet set, Pod pod) {
        List<String> errors = new ArrayList<>();
        for (PersistentVolumeClaim claim : claimsFor(set, pod)) {
            PersistentVolumeClaim existing = api.get(PersistentVolumeClaim.class, Kinds.PVC, claim.getMetadata().getNamespace(),
                    claim.getMetadata().getName());
            if (existing == null) {
                setRetentionOwners(set, pod, claim);
                api.create(claim);
                ctx.events().normal(set, COMPONENT, "SuccessfulCreate", "create Claim " + claim.getMetadata().getName()
                        + " Pod " + pod.getMetadata().getName() + " in StatefulSet " + set.getMetadata().getName() + " success");
            } else if (existing.getMetadata().getDeletionTimestamp() != null) {
                errors.add("pvc " + claim.getMetadata().getName() + " is being deleted");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(String.join(", ", errors));
        }
    }

    /** createMissingPersistentVolumeClaims: also for a Pending pod whose claim went missing. */
    void createMissingClaims(StatefulSet set, Pod pod) {
        for (PersistentVolumeClaim claim : claimsFor(set, pod)) {
            if (api.get(PersistentVolumeClaim.class, Kinds.PVC, claim.getMetadata().getNamespace(), claim.getMetadata().getName()) == null) {
                setRetentionOwners(set, pod, claim);
                api.create(claim);
                ctx.events().normal(set, COMPONENT, "SuccessfulCreate", "create Claim " + claim.getMetadata().getName()
                        + " Pod " + pod.getMetadata().getName() + " in StatefulSet " + set.getMetadata().getName() + " success");
            }
        }
    }


    /** identityMatches && storageMatches, remembered per pod object and set generation. */
    boolean identityAndStorageMatch(StatefulSet set, Pod pod) {
        String name = pod.getMetadata().getName();
        Matched last = matched.get(name);
        if (last != null && last.pod() == pod && Objects.equals(last.setUid(), set.getMetadata().getUid())
                && Objects.equals(last.generation(), set.getMetadata().getGeneration())) {
            return true;
        }
        if (StatefulPods.identityMatches(set, pod) && StatefulPods.storageMatches(set, pod)) {
            matched.put(name, new Matched(pod, set.getMetadata().getUid(), set.getMetadata().getGeneration()));
            return true;
        }
        matched.remove(name);
        return false;
    }

    /**
     * Whether the controller manages claim owner references for the retention policy: only with StatefulSetAutoDeletePVC
     * on, as every call upstream is guarded by the gate, and for a set that has a policy (one created while the API
     * server dropped the field has none).
     */
    private boolean retentionPolicyEnabled(StatefulSet set) {
        return ctx.profile().has(Capability.STATEFUL_SET_AUTO_DELETE_PVC) && set.getSpec().getPersistentVolumeClaimRetentionPolicy() != null;
    }

    /** ClaimsMatchRetentionPolicy: every claim carries the owner references the policy asks for. */
    boolean claimsMatchRetentionPolicy(StatefulSet set, Pod pod) {
        if (!retentionPolicyEnabled(set)) {
            return true;
        }
        int ordinal = Pods.ordinal(pod.getMetadata().getName());
        for (PersistentVolumeClaim template : set.getSpec().getVolumeClaimTemplates()) {
            // looked up by name: building the whole claim from its template for every pod on every sync is costly
            PersistentVolumeClaim existing = api.get(PersistentVolumeClaim.class, Kinds.PVC, set.getMetadata().getNamespace(),
                    claimNames.name(set, template, ordinal));
            if (existing != null && !Objects.equals(existing.getMetadata().getOwnerReferences(),
                    retentionOwners(set, pod, existing.getMetadata().getOwnerReferences()))) {
                return false;
            }
        }
        return true;
    }

    void updateClaimsForRetention(StatefulSet set, Pod pod) {
        if (!retentionPolicyEnabled(set)) {
            return;
        }
        for (PersistentVolumeClaim claim : claimsFor(set, pod)) {
            PersistentVolumeClaim existing = api.get(PersistentVolumeClaim.class, Kinds.PVC, claim.getMetadata().getNamespace(),
                    claim.getMetadata().getName());
            if (existing == null || existing.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            PersistentVolumeClaim wanted = Copies.copy(existing);
            setRetentionOwners(set, pod, wanted);
            if (!Objects.equals(existing.getMetadata().getOwnerReferences(), wanted.getMetadata().getOwnerReferences())) {
                api.update(wanted);
            }
        }
    }

    /**
     * PodClaimIsStale: a claim still owned by an earlier pod of the same name waits for the GC. Returns the first such
     * claim's name (for the "why is it waiting" line), or null when none is stale.
     */
    String staleClaim(StatefulSet set, Pod pod) {
        if (!retentionPolicyEnabled(set) || !"Delete".equals(set.getSpec().getPersistentVolumeClaimRetentionPolicy().getWhenScaled())) {
            return null;
        }
        for (PersistentVolumeClaim claim : claimsFor(set, pod)) {
            PersistentVolumeClaim existing = api.get(PersistentVolumeClaim.class, Kinds.PVC, claim.getMetadata().getNamespace(),
                    claim.getMetadata().getName());
            if (existing == null) {
                continue;
            }
            for (OwnerReference ref : existing.getMetadata().getOwnerReferences()) {
                if ("Pod".equals(ref.getKind()) && pod.getMetadata().getName().equals(ref.getName())
                        && !Objects.equals(ref.getUid(), pod.getMetadata().getUid())) {
                    return existing.getMetadata().getName();
                }
            }
        }
        return null;
    }

    /**
     * updateClaimOwnerRefForSetAndPod: whenDeleted=Delete makes the set an owner; whenScaled=Delete makes a
     * condemned pod the (only) owner, so the GC removes the claim after the pod.
     */
    private void setRetentionOwners(StatefulSet set, Pod pod, PersistentVolumeClaim claim) {
        if (!retentionPolicyEnabled(set)) {
            return;
        }
        claim.getMetadata().setOwnerReferences(retentionOwners(set, pod, claim.getMetadata().getOwnerReferences()));
    }

    /** The owner references a claim should carry: its other owners, plus the set or the condemned pod per the policy. */
    private static List<OwnerReference> retentionOwners(StatefulSet set, Pod pod, List<OwnerReference> current) {
        var policy = set.getSpec().getPersistentVolumeClaimRetentionPolicy();
        boolean deleteWithSet = "Delete".equals(policy.getWhenDeleted());
        boolean deleteOnScale = "Delete".equals(policy.getWhenScaled());
        boolean condemned = !StatefulSets.inOrdinalRange(pod, set);
        List<OwnerReference> refs = new ArrayList<>();
        for (OwnerReference ref : current) {
            boolean isSet = Objects.equals(ref.getUid(), set.getMetadata().getUid());
            boolean isPod = "Pod".equals(ref.getKind()) && pod.getMetadata().getName().equals(ref.getName());
            if (!isSet && !isPod) {
                refs.add(ref);
            }
        }
        if (deleteOnScale && condemned && pod.getMetadata().getUid() != null) {
            refs.add(new OwnerReferenceBuilder().withApiVersion("v1").withKind("Pod").withName(pod.getMetadata().getName())
                    .withUid(pod.getMetadata().getUid()).withBlockOwnerDeletion(true).withController(false).build());
        } else if (deleteWithSet) {
            refs.add(new OwnerReferenceBuilder().withApiVersion("apps/v1").withKind("StatefulSet").withName(set.getMetadata().getName())
                    .withUid(set.getMetadata().getUid()).withBlockOwnerDeletion(true).withController(false).build());
        }
        return refs;
    }

    private void podEvent(String verb, StatefulSet set, Pod pod, String error) {
        String podName = pod.getMetadata().getName();
        String setName = set.getMetadata().getName();
        if (error == null) {
            ctx.events().normal(set, COMPONENT, "create".equals(verb) ? "SuccessfulCreate" : "SuccessfulDelete",
                    verb + " Pod " + podName + " in StatefulSet " + setName + " successful");
        } else {
            ctx.events().warning(set, COMPONENT, "create".equals(verb) ? "FailedCreate" : "FailedDelete",
                    verb + " Pod " + podName + " in StatefulSet " + setName + " failed error: " + error);
        }
    }
}
