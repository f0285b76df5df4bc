package dev.stsviz.sim.controllers.replicaset;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.apiserver.ApiException;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.controllers.ControllerRefs;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code RealPodControl} of {@code controller_utils.go} for a ReplicaSet: a pod from the template
 * ({@code GetPodFromTemplate}) named by generateName {@code <rs>-}, and the events {@code SuccessfulCreate "Created pod:
 * NAME"}, {@code FailedCreate "Error creating: ERR"}, {@code SuccessfulDelete "Deleted pod: NAME"} and
 * {@code FailedDelete "Error deleting: ERR"}. The API server draws generated names; here they come from the
 * controller's own stream, so that other components' randomness never shifts them.
 */
final class ReplicaSetPodControl {
    private final SimContext ctx;
    private final ApiServer api;
    private final Random names;

    ReplicaSetPodControl(SimContext ctx, Random names) {
        this.ctx = ctx;
        this.api = ctx.api();
        this.names = names;
    }

    /** Creates one pod; null on success, else the error (the event is already recorded). */
    String createPod(ReplicaSet rs) {
        Pod pod = fromTemplate(rs);
        if (pod.getMetadata().getLabels().isEmpty()) {
            return "unable to create pods, no labels"; // no request, no event
        }
        pod.getMetadata().setName(GeneratedNames.generate(pod.getMetadata().getGenerateName(), names));
        try {
            if (api.get(Pod.class, Kinds.POD, rs.getMetadata().getNamespace(), pod.getMetadata().getName()) != null) {
                throw ApiException.generateNameConflict(Kinds.POD, pod.getMetadata().getName());
            }
            Pod created = api.create(pod);
            ctx.events().normal(rs, ReplicaSetController.COMPONENT, "SuccessfulCreate", "Created pod: " + created.getMetadata().getName());
            return null;
        } catch (ApiException e) {
            ctx.events().warning(rs, ReplicaSetController.COMPONENT, "FailedCreate", "Error creating: " + e.statusMessage());
            return e.statusMessage();
        }
    }

    /** Deletes one pod; null on success, "" when it was already gone, else the error. */
    String deletePod(ReplicaSet rs, Pod pod) {
        String name = pod.getMetadata().getName();
        try {
            api.delete(Kinds.POD, pod.getMetadata().getNamespace(), name);
            ctx.events().normal(rs, ReplicaSetController.COMPONENT, "SuccessfulDelete", "Deleted pod: " + name);
            return null;
        } catch (ApiException e) {
            if (e.isNotFound()) {
                return "";
            }
            ctx.events().warning(rs, ReplicaSetController.COMPONENT, "FailedDelete", "Error deleting: " + e.statusMessage());
            return "unable to delete pods: " + e.statusMessage();
        }
    }

    /** GetPodFromTemplate: the template's labels, annotations, finalizers and spec, the controller reference. */
    static Pod fromTemplate(ReplicaSet rs) {
        ObjectMeta tm = rs.getSpec().getTemplate().getMetadata() == null ? new ObjectMeta() : rs.getSpec().getTemplate().getMetadata();
        Map<String, String> labels = new LinkedHashMap<>(tm.getLabels() == null ? Map.of() : tm.getLabels());
        Map<String, String> annotations = new LinkedHashMap<>(tm.getAnnotations() == null ? Map.of() : tm.getAnnotations());
        List<String> finalizers = new ArrayList<>(tm.getFinalizers() == null ? List.of() : tm.getFinalizers());
        return new PodBuilder()
                .withNewMetadata()
                .withGenerateName(rs.getMetadata().getName() + "-")
                .withNamespace(rs.getMetadata().getNamespace())
                .withLabels(labels)
                .withAnnotations(annotations)
                .withFinalizers(finalizers)
                .withOwnerReferences(ControllerRefs.controllerRef(rs))
                .endMetadata()
                .withSpec(new PodBuilder().withSpec(rs.getSpec().getTemplate().getSpec()).build().getSpec())
                .build();
    }
}
