package dev.stsviz.live;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.live.errors.KubectlErrors;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Actions sent to a real API server, each the request kubectl would send: scale through the scale subresource,
 * graceful or forced (grace period 0) delete, cordon as a JSON merge patch of spec.unschedulable, apply as
 * create-or-merge-patch. Strategic merge and server-side apply are avoided so the mock server can verify them.
 * Node disconnection is not an API operation: it goes to the {@link NodeFaultPort}.
 */
public final class LiveActions implements ClusterActions {
    private static final PatchContext MERGE = PatchContext.of(PatchType.JSON_MERGE);

    private final KubernetesClient client;
    private final String defaultNamespace;
    private final NodeFaultPort faults;

    /** @param defaultNamespace for applied objects that name none, like kubectl's current namespace */
    public LiveActions(KubernetesClient client, String defaultNamespace, NodeFaultPort faults) {
        this.client = client;
        this.defaultNamespace = defaultNamespace;
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    @Override
    public void scale(String namespace, String statefulSet, int replicas) {
        // the scale subresource (GET + PUT .../statefulsets/<name>/scale) needs only "update statefulsets/scale"
        call("update", "statefulsets.apps", namespace, statefulSet,
                () -> client.apps().statefulSets().inNamespace(namespace).withName(statefulSet).scale(replicas));
    }

    @Override
    public void deletePod(String namespace, String pod) {
        // no grace period given: the pod's own terminationGracePeriodSeconds applies
        delete(namespace, pod, () -> client.pods().inNamespace(namespace).withName(pod).delete().isEmpty());
    }

    @Override
    public void forceDeletePod(String namespace, String pod) {
        // kubectl delete --force --grace-period 0: DeleteOptions{gracePeriodSeconds: 0}
        delete(namespace, pod, () -> client.pods().inNamespace(namespace).withName(pod).withGracePeriod(0).delete().isEmpty());
    }

    private void delete(String namespace, String pod, Supplier<Boolean> deleteReportingNothing) {
        // fabric8 answers a 404 on delete with an empty list instead of an exception
        if (call("delete", "pods", namespace, pod, deleteReportingNothing)) {
            throw new ActionException(KubectlErrors.notFound("pods", pod));
        }
    }

    @Override
    public void cordon(String node) {
        patchUnschedulable(node, "true");
    }

    @Override
    public void uncordon(String node) {
        // null removes the field, as kubectl uncordon leaves it
        patchUnschedulable(node, "null");
    }

    private void patchUnschedulable(String node, String value) {
        call("patch", "nodes", null, node,
                () -> client.nodes().withName(node).patch(MERGE, "{\"spec\":{\"unschedulable\":" + value + "}}"));
    }

    @Override
    public void disconnectNode(String node) {
        faults.disconnect(node);
    }

    @Override
    public void reconnectNode(String node) {
        faults.reconnect(node);
    }

    @Override
    public List<String> apply(List<HasMetadata> objects) {
        List<String> lines = new ArrayList<>();
        for (HasMetadata object : objects) {
            lines.add(apply(object));
        }
        return lines;
    }

    private String apply(HasMetadata object) {
        String name = object.getMetadata().getName();
        String namespace = object.getMetadata().getNamespace();
        if (namespace == null && object instanceof Namespaced) {
            namespace = defaultNamespace;
        }
        String resource = ResourceNames.of(object);
        Resource<HasMetadata> target = namespace == null ? client.resource(object) : client.resource(object).inNamespace(namespace);
        HasMetadata existing = call("get", resource, namespace, name, target::get);
        if (existing == null) {
            call("create", resource, namespace, name, target::create);
            return ResourceNames.kubectl(object) + " created";
        }
        // a merge patch of the manifest keeps fields the server or controllers set (clusterIP, defaulted
        // storageClassName) that a PUT would try to clear; kubectl uses a strategic merge, which the mock lacks
        String patch = client.getKubernetesSerialization().asJson(ResourceNames.withoutServerFields(object));
        HasMetadata patched = call("patch", resource, namespace, name, () -> target.patch(MERGE, patch));
        boolean unchanged = Objects.equals(existing.getMetadata().getResourceVersion(), patched.getMetadata().getResourceVersion());
        return ResourceNames.kubectl(object) + (unchanged ? " unchanged" : " configured");
    }

    private static <T> T call(String verb, String resource, String namespace, String name, Supplier<T> request) {
        try {
            return request.get();
        } catch (KubernetesClientException e) {
            throw KubectlErrors.ofAction(e, verb, resource, namespace, name);
        } catch (ActionException e) {
            throw e;
        }
    }
}
