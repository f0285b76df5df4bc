package dev.stsviz.sim.apiserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * JSON merge patch (RFC 7386): objects merge, null deletes, everything else replaces. In strategic mode, lists of
 * objects that all carry a "name" (containers, ports, volumes) merge element by element by name, as the API
 * server's strategic merge patch does for those fields, and an object with {@code "$patch":"replace"} replaces the
 * target's whole object.
 */
public final class MergePatch {
    public static JsonNode apply(JsonNode target, JsonNode patch, boolean strategic) {
        if (!patch.isObject()) {
            return patch;
        }
        if (strategic && "replace".equals(patch.path("$patch").asText())) {
            // the directive a ControllerRevision's data carries: this object replaces the target's, it does not merge
            ObjectNode replacement = ((ObjectNode) patch).deepCopy();
            replacement.remove("$patch");
            return replacement;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode value = e.getValue();
            if (value.isNull()) {
                result.remove(e.getKey());
            } else if (strategic && value.isArray() && result.get(e.getKey()) != null && result.get(e.getKey()).isArray()
                    && allNamed((ArrayNode) value) && allNamed((ArrayNode) result.get(e.getKey()))) {
                result.set(e.getKey(), mergeByName((ArrayNode) result.get(e.getKey()), (ArrayNode) value));
            } else {
                result.set(e.getKey(), apply(result.get(e.getKey()), value, strategic));
            }
        }
        return result;
    }

    private static boolean allNamed(ArrayNode array) {
        for (JsonNode n : array) {
            if (!n.isObject() || !n.has("name")) {
                return false;
            }
        }
        return true;
    }

    private static ArrayNode mergeByName(ArrayNode target, ArrayNode patch) {
        ArrayNode result = target.deepCopy();
        for (JsonNode item : patch) {
            boolean merged = false;
            for (int i = 0; i < result.size(); i++) {
                if (result.get(i).get("name").equals(item.get("name"))) {
                    result.set(i, apply(result.get(i), item, true));
                    merged = true;
                }
            }
            if (!merged) {
                result.add(item);
            }
        }
        return result;
    }

    private MergePatch() {
    }
}
