package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Owners;
import dev.stsviz.cluster.Timestamps;
import dev.stsviz.sim.apiserver.ApiException;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.LabelSelectors;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The controller-ref manager of {@code pkg/controller/controller_ref_manager.go}: a controller claims the objects it
 * owns and that still match its selector, adopts matching orphans (a patch adding its controller reference) and
 * releases owned objects that no longer match (a patch removing it). Adoption first re-reads the controller from the
 * API, once per claim ({@code RecheckDeletionTimestamp}): a controller being deleted adopts nothing.
 * One instance serves one claim, as upstream builds a manager per sync.
 */
public final class ControllerRefs {
    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000 UTC'")
            .withZone(ZoneOffset.UTC);
    /** What a claim found: the objects the controller now owns, and the errors Go's claim would aggregate. */
    public record Claim<T extends HasMetadata>(List<T> claimed, List<String> errors) {
        public boolean failed() {
            return !errors.isEmpty();
        }
    }

    private final ApiServer api;
    private final HasMetadata controller;
    private final LabelSelector selector;
    private Boolean canAdoptChecked;
    private String canAdoptError;

    public ControllerRefs(ApiServer api, HasMetadata controller, LabelSelector selector) {
        this.api = api;
        this.controller = controller;
        this.selector = selector;
    }

    /** metav1.NewControllerRef: the owner reference a controller puts on what it creates or adopts. */
    public static OwnerReference controllerRef(HasMetadata owner) {
        return new OwnerReferenceBuilder().withApiVersion(owner.getApiVersion()).withKind(owner.getKind())
                .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid())
                .withController(true).withBlockOwnerDeletion(true).build();
    }


    /** ClaimPods / ClaimControllerRevisions: claims each object in turn; {@code filters} narrow what matches. */
    @SafeVarargs
    public final <T extends HasMetadata> Claim<T> claim(List<T> objects, Predicate<T>... filters) {
        List<T> claimed = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (T object : objects) {
            try {
                if (claimObject(object, matcher(filters))) {
                    claimed.add(object);
                }
            } catch (ApiException e) {
                errors.add(e.statusMessage());
            } catch (IllegalStateException e) {
                errors.add(e.getMessage());
            }
        }
        return new Claim<>(claimed, errors);
    }

    @SafeVarargs
    private <T extends HasMetadata> Predicate<T> matcher(Predicate<T>... filters) {
        return object -> {
            // the selector first, so filters only run on potentially matching objects
            if (!LabelSelectors.matches(selector, object.getMetadata().getLabels())) {
                return false;
            }
            for (Predicate<T> filter : filters) {
                if (!filter.test(object)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** BaseControllerRefManager.ClaimObject: whether the controller owns the object after this call. */
    private <T extends HasMetadata> boolean claimObject(T object, Predicate<T> match) {
        OwnerReference ref = Owners.controllerOf(object);
        boolean beingDeleted = controller.getMetadata().getDeletionTimestamp() != null;
        if (ref != null) {
            if (!Objects.equals(ref.getUid(), controller.getMetadata().getUid())) {
                return false; // owned by someone else
            }
            if (match.test(object)) {
                return true; // ours and still matching: claimed even while being deleted, as it takes no action
            }
            if (!beingDeleted) {
                release(object);
            }
            return false;
        }
        // an orphan
        if (beingDeleted || !match.test(object) || object.getMetadata().getDeletionTimestamp() != null
                || !Objects.equals(controller.getMetadata().getNamespace(), object.getMetadata().getNamespace())) {
            return false;
        }
        try {
            adopt(object);
        } catch (ApiException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
        return true;
    }

    /** AdoptPod / AdoptControllerRevision: a strategic merge patch of ownerReferences with the object's uid as precondition. */
    private void adopt(HasMetadata object) {
        String error = canAdopt();
        if (error != null) {
            throw new IllegalStateException("can't adopt " + object.getKind() + " " + object.getMetadata().getNamespace() + "/"
                    + object.getMetadata().getName() + " (" + object.getMetadata().getUid() + "): " + error);
        }
        HasMetadata fresh = current(object);
        OwnerReference existing = Owners.controllerOf(fresh);
        if (existing != null && !Objects.equals(existing.getUid(), controller.getMetadata().getUid())) {
            // ValidateOwnerReferences: only one reference may be the controller
            throw ApiException.invalid(object.getKind(), object.getMetadata().getName(),
                    "metadata.ownerReferences: Invalid value: []v1.OwnerReference{...}: Only one reference can have Controller set to true");
        }
        HasMetadata copy = Copies.copy(fresh);
        List<OwnerReference> refs = new ArrayList<>();
        for (OwnerReference r : copy.getMetadata().getOwnerReferences()) {
            if (!Objects.equals(r.getUid(), controller.getMetadata().getUid())) {
                refs.add(r); // the patch merges by uid: ours is replaced, the others stay
            }
        }
        refs.add(controllerRef(controller));
        copy.getMetadata().setOwnerReferences(refs);
        api.update(copy);
    }

    /**
     * ReleasePod: a patch deleting the owner reference with the controller's uid. A pod that is gone, or was recreated
     * under the same name (the uid precondition fails), or no longer refers to the controller is left alone.
     */
    private void release(HasMetadata object) {
        HasMetadata fresh = api.get(HasMetadata.class, object.getKind(), object.getMetadata().getNamespace(),
                object.getMetadata().getName());
        if (fresh == null || !Objects.equals(fresh.getMetadata().getUid(), object.getMetadata().getUid())) {
            return;
        }
        HasMetadata copy = Copies.copy(fresh);
        List<OwnerReference> refs = new ArrayList<>(copy.getMetadata().getOwnerReferences());
        if (!refs.removeIf(r -> Objects.equals(r.getUid(), controller.getMetadata().getUid()))) {
            return;
        }
        copy.getMetadata().setOwnerReferences(refs);
        api.update(copy);
    }

    /** The object as stored now, if it is still the same one (the patch's uid precondition). */
    private HasMetadata current(HasMetadata object) {
        HasMetadata fresh = api.get(HasMetadata.class, object.getKind(), object.getMetadata().getNamespace(),
                object.getMetadata().getName());
        if (fresh == null) {
            throw ApiException.notFound(object.getKind(), object.getMetadata().getName());
        }
        if (!Objects.equals(fresh.getMetadata().getUid(), object.getMetadata().getUid())) {
            throw new IllegalStateException("Precondition failed: UID in precondition: " + object.getMetadata().getUid()
                    + ", UID in object meta: " + fresh.getMetadata().getUid());
        }
        return fresh;
    }

    /**
     * RecheckDeletionTimestamp with the controllers' canAdoptFunc: an uncached read of the controller, once per
     * claim; null when it may adopt, else the reason.
     */
    private String canAdopt() {
        if (canAdoptChecked == null) {
            canAdoptChecked = true;
            String kind = controller.getKind();
            String namespace = controller.getMetadata().getNamespace();
            String name = controller.getMetadata().getName();
            HasMetadata fresh = api.get(HasMetadata.class, kind, namespace, name);
            if (fresh == null) {
                canAdoptError = ApiException.notFound(kind, name).statusMessage();
            } else if (!Objects.equals(fresh.getMetadata().getUid(), controller.getMetadata().getUid())) {
                canAdoptError = "original " + kind + " " + namespace + "/" + name + " is gone: got uid "
                        + fresh.getMetadata().getUid() + ", wanted " + controller.getMetadata().getUid();
            } else if (fresh.getMetadata().getDeletionTimestamp() != null) {
                canAdoptError = namespace + "/" + name + " has just been deleted at "
                        + GO_TIME.format(Timestamps.parse(fresh.getMetadata().getDeletionTimestamp())); // Go's %v of a time
            }
        }
        return canAdoptError;
    }
}
