package dev.stsviz.sim.controllers.statefulset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;

import java.util.List;
import java.util.Set;

/**
 * A StatefulSet revision's data as upstream writes it ({@code getPatch} in {@code stateful_set_utils.go}): the set's
 * pod template as the apps/v1 codec encodes it, with {@code "$patch":"replace"}, under {@code spec.template}.
 *
 * <p>fabric8's model leaves out what is null or empty; Go's encoder decides by field type instead. A struct-valued
 * field is always written ({@code "creationTimestamp":null} in the template's metadata, {@code "resources":{}} in a
 * container), and a plain bool or int marked omitempty disappears when it is false or 0 even if a manifest wrote it.
 * The fields below are those of a pod template; pointers (terminationGracePeriodSeconds, securityContext...) keep
 * whatever value they have.
 */
final class RevisionPatch {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTAINER_LISTS = List.of("initContainers", "containers", "ephemeralContainers");
    /** PodSpec's plain bool fields with omitempty. */
    private static final Set<String> POD_BOOLS = Set.of("hostNetwork", "hostPID", "hostIPC");
    /** Container's plain bool fields with omitempty. */
    private static final Set<String> CONTAINER_BOOLS = Set.of("stdin", "stdinOnce", "tty");
    /** Probe's plain int32 fields with omitempty. */
    private static final Set<String> PROBE_INTS = Set.of("initialDelaySeconds", "timeoutSeconds", "periodSeconds",
            "successThreshold", "failureThreshold");

    /** The revision data's bytes, exactly as the controller manager hashes and stores them. */
    static byte[] bytes(PodTemplateSpec template) {
        return GoJson.bytes(tree(template));
    }

    static ObjectNode tree(PodTemplateSpec template) {
        ObjectNode encoded = template == null ? JsonNodeFactory.instance.objectNode() : JSON.valueToTree(template);
        ObjectNode metadata = object(encoded, "metadata");
        if (!metadata.has("creationTimestamp")) {
            metadata.putNull("creationTimestamp"); // metav1.Time is a struct: its zero value encodes as null
        }
        ObjectNode spec = object(encoded, "spec");
        dropZero(spec, POD_BOOLS);
        for (String list : CONTAINER_LISTS) {
            for (JsonNode container : iterable(spec.get(list))) {
                if (container instanceof ObjectNode c) {
                    object(c, "resources"); // ResourceRequirements is a struct: "resources":{} when empty
                    dropZero(c, CONTAINER_BOOLS);
                    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                        if (c.get(probe) instanceof ObjectNode p) {
                            dropZero(p, PROBE_INTS);
                        }
                    }
                    for (JsonNode port : iterable(c.get("ports"))) {
                        if (port instanceof ObjectNode p) {
                            dropZero(p, Set.of("hostPort"));
                        }
                    }
                    for (JsonNode mount : iterable(c.get("volumeMounts"))) {
                        if (mount instanceof ObjectNode m) {
                            dropZero(m, Set.of("readOnly"));
                        }
                    }
                }
            }
        }
        ObjectNode patched = JsonNodeFactory.instance.objectNode();
        patched.put("$patch", "replace");
        patched.setAll(encoded);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putObject("spec").set("template", patched);
        return data;
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        if (parent.get(field) instanceof ObjectNode existing) {
            return existing;
        }
        return parent.putObject(field);
    }

    private static void dropZero(ObjectNode node, Set<String> fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && ((value.isBoolean() && !value.asBoolean()) || (value.isNumber() && value.asLong() == 0))) {
                node.remove(field);
            }
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null || !node.isArray() ? List.of() : node;
    }

    private RevisionPatch() {
    }
}
