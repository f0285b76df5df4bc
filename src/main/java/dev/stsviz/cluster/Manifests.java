package dev.stsviz.cluster;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML or JSON manifests (several documents, and kind: List) into fabric8 model objects with Jackson and
 * the model's own polymorphic deserializer: no client needed. Errors name the document that failed.
 */
public final class Manifests {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * The kinds the chapter uses, read straight into their classes: the model's polymorphic deserializer first loads
     * its registry of every kind, which costs the app's start a few hundred milliseconds. Other kinds go through it.
     */
    private static final Map<String, Class<? extends KubernetesResource>> KNOWN = Map.of(
            "v1/Pod", Pod.class,
            "v1/Service", Service.class,
            "v1/PersistentVolumeClaim", PersistentVolumeClaim.class,
            "v1/PersistentVolume", PersistentVolume.class,
            "v1/Node", Node.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "storage.k8s.io/v1/StorageClass", StorageClass.class);

    /** A manifest that could not be read; the message is kubectl-like and names the source. */
    public static final class InvalidManifestException extends ActionException {
        public InvalidManifestException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static List<HasMetadata> parse(String text, String source) {
        List<HasMetadata> result = new ArrayList<>();
        int document = 0;
        try (JsonParser parser = YAML.getFactory().createParser(text)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                document++;
                JsonNode node = it.next();
                if (node == null || node.isNull() || node.isMissingNode() || node.isEmpty()) {
                    continue;
                }
                if (!node.hasNonNull("kind") || !node.hasNonNull("apiVersion")) {
                    throw new InvalidManifestException("error: error validating \"" + source + "\": error validating data: "
                            + (node.hasNonNull("kind") ? "apiVersion not set" : "kind not set"), null);
                }
                Class<? extends KubernetesResource> type = KNOWN.get(node.get("apiVersion").asText() + "/" + node.get("kind").asText());
                KubernetesResource resource = type != null ? YAML.treeToValue(node, type)
                        : YAML.treeToValue(node, KubernetesResource.class);
                flatten(resource, result);
            }
        } catch (InvalidManifestException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidManifestException("error: error parsing " + source + ": " + detail, e);
        }
        return result;
    }

    public static List<HasMetadata> parse(InputStream in, String source) {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chapter's manifests shipped in the jar (the repository's manifests/ folder). */
    public static List<HasMetadata> bundled(String fileName) {
        try (InputStream in = Manifests.class.getResourceAsStream("/manifests/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled manifest " + fileName);
            }
            return parse(in, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(KubernetesResource resource, List<HasMetadata> out) {
        if (resource instanceof KubernetesList list) {
            out.addAll(list.getItems());
        } else if (resource instanceof HasMetadata object) {
            out.add(object);
        } else {
            throw new InvalidManifestException("error: unsupported object " + resource.getClass().getSimpleName(), null);
        }
    }

    private Manifests() {
    }
}
