package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ResourceFieldSelector;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * The values describe.go shows for {@code valueFrom} environment variables.
 *
 * <p>{@code EnvValueRetriever} converts the field path through kubectl's scheme, which knows no Pod
 * field-label conversion and so accepts only "metadata.name" and "metadata.namespace"; every other field
 * path resolves to "" (kubectl prints e.g. "POD_IP:   (v1:status.podIP)").
 */
final class EnvValues {

    private EnvValues() {
    }

    /** {@code EnvValueRetriever(pod)} applied to a fieldRef variable. */
    static String fieldRef(Pod pod, EnvVar e) {
        String path = str(e.getValueFrom().getFieldRef().getFieldPath());
        return switch (path) {
            case "metadata.name" -> str(GoZero.meta(pod).getName());
            case "metadata.namespace" -> str(GoZero.meta(pod).getNamespace());
            default -> "";
        };
    }

    /**
     * {@code resourcehelper.ExtractContainerResourceValue}: cpu in divisor units (default 1 core) and memory
     * or ephemeral-storage in divisor units (default 1 byte), rounded up; "" for other resources.
     */
    static String resourceFieldRef(ResourceFieldSelector fs, Container container) {
        GoQuantity divisor = GoQuantity.of(fs.getDivisor());
        if (divisor.isZero()) {
            divisor = GoQuantity.parse("1");
        }
        ResourceRequirements r = container.getResources() == null ? new ResourceRequirements() : container.getResources();
        String resource = str(fs.getResource());
        return switch (resource) {
            case "limits.cpu" -> cpu(GoQuantity.get(r.getLimits(), "cpu"), divisor);
            case "requests.cpu" -> cpu(GoQuantity.get(r.getRequests(), "cpu"), divisor);
            case "limits.memory" -> bytes(GoQuantity.get(r.getLimits(), "memory"), divisor);
            case "requests.memory" -> bytes(GoQuantity.get(r.getRequests(), "memory"), divisor);
            case "limits.ephemeral-storage" -> bytes(GoQuantity.get(r.getLimits(), "ephemeral-storage"), divisor);
            case "requests.ephemeral-storage" -> bytes(GoQuantity.get(r.getRequests(), "ephemeral-storage"), divisor);
            default -> "";
        };
    }

    private static String cpu(GoQuantity q, GoQuantity divisor) {
        return Long.toString(Go.int64(Math.ceil((double) q.milliValue() / (double) divisor.milliValue())));
    }

    private static String bytes(GoQuantity q, GoQuantity divisor) {
        return Long.toString(Go.int64(Math.ceil((double) q.goValue() / (double) divisor.goValue())));
    }
}
