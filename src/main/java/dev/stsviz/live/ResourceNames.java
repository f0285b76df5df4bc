package dev.stsviz.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.Locale;

/** How kubectl names objects in its output: "statefulset.apps/kubia", "service/kubia", and resources in errors. */
final class ResourceNames {
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private ResourceNames() {
    }

    /** kubectl apply's prefix: lower-case kind, ".group" unless core, "/name". */
    static String kubectl(HasMetadata object) {
        return object.getKind().toLowerCase(Locale.ROOT) + groupSuffix(object) + "/" + object.getMetadata().getName();
    }

    /** The plural resource with its group, as in "statefulsets.apps", for error messages. */
    static String of(HasMetadata object) {
        return HasMetadata.getPlural(object.getClass()) + groupSuffix(object);
    }

    private static String groupSuffix(HasMetadata object) {
        String apiVersion = object.getApiVersion() == null ? "v1" : object.getApiVersion();
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : "." + apiVersion.substring(0, slash);
    }

    /** A copy without the fields the server owns, so a manifest read back from a cluster can be re-applied. */
    static HasMetadata withoutServerFields(HasMetadata object) {
        HasMetadata copy = SERIALIZATION.clone(object);
        copy.setMetadata(new ObjectMetaBuilder(copy.getMetadata()).withResourceVersion(null).withUid(null)
                .withCreationTimestamp(null).withGeneration(null).withManagedFields().build());
        return copy;
    }
}
