package dev.stsviz.live.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Resources;
import dev.stsviz.console.ConsoleException;
import dev.stsviz.live.errors.KubectlErrors;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl create -f} and {@code kubectl apply -f} on a live cluster, with kubectl's lines
 * ({@code service/kubia created|configured|unchanged}). Apply patches with a JSON merge patch (see ApplyPatch),
 * which every API server and the mock accept. Like kubectl, a failure stops at that object: the lines printed so
 * far and the error.
 */
final class LiveApply {
    private final KubernetesClient client;
    private final String namespace;

    LiveApply(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    List<String> apply(List<HasMetadata> objects, boolean createOnly) {
        List<String> lines = new ArrayList<>();
        for (HasMetadata object : objects) {
            try {
                lines.add(Resources.singular(object.getKind()) + "/" + object.getMetadata().getName() + " " + applyOne(object, createOnly));
            } catch (ConsoleException e) {
                lines.add(e.getMessage());
                throw new ConsoleException(String.join("\n", lines));
            }
        }
        return lines;
    }

    private String applyOne(HasMetadata object, boolean createOnly) {
        String kind = object.getKind();
        String name = object.getMetadata().getName();
        if (!Kinds.isClusterScoped(kind) && object.getMetadata().getNamespace() == null) {
            object.getMetadata().setNamespace(namespace);
        }
        Resource<HasMetadata> resource = resource(object);
        HasMetadata live = createOnly ? null : LiveConsoleBackend.call(kind, name, resource::get);
        if (live == null) {
            try {
                resource.create();
            } catch (KubernetesClientException e) {
                throw new ConsoleException(KubectlErrors.ofRequest(e, kind, name, true));
            }
            return "created";
        }
        ObjectNode patch = ApplyPatch.of(object, live);
        if (patch.isEmpty()) {
            return "unchanged";
        }
        LiveConsoleBackend.call(kind, name, () -> resource.patch(PatchContext.of(PatchType.JSON_MERGE), patch.toString()));
        return "configured";
    }

    private Resource<HasMetadata> resource(HasMetadata object) {
        var resource = client.resource(object);
        return Kinds.isClusterScoped(object.getKind()) ? resource : resource.inNamespace(object.getMetadata().getNamespace());
    }
}
