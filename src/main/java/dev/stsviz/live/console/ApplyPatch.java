package dev.stsviz.live.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What {@code kubectl apply} sends for an object that exists: a JSON merge patch of the fields the manifest sets
 * that differ from the live object. A field the manifest leaves out is the server's (defaults, status, clusterIP),
 * so, as with kubectl's three-way merge, re-applying the same file is an empty patch ("unchanged"). A list that
 * differs is sent whole (merge patches replace lists); a list equal up to server defaults in its items is left
 * alone, so immutable parts such as volumeClaimTemplates are never resent.
 */
final class ApplyPatch {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Not part of what apply changes: identity, and what only the server writes. */
    private static final Set<String> SKIPPED = Set.of("apiVersion", "kind", "status");

    /** The patch, or an empty object when the live object already has everything the manifest sets. */
    static ObjectNode of(HasMetadata desired, HasMetadata live) {
        ObjectNode want = JSON.valueToTree(desired);
        JsonNode have = JSON.valueToTree(live);
        ObjectNode patch = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (SKIPPED.contains(name)) {
                continue;
            }
            JsonNode value = name.equals("metadata") ? metadataApplied(field.getValue()) : field.getValue();
            JsonNode diff = diff(value, have.path(name));
            if (diff != null) {
                patch.set(name, diff);
            }
        }
        return patch;
    }

    /** Of the manifest's metadata only labels and annotations are applied (name and namespace address the object). */
    private static JsonNode metadataApplied(JsonNode metadata) {
        ObjectNode applied = JSON.createObjectNode();
        for (String key : new String[] {"labels", "annotations"}) {
            if (metadata.has(key)) {
                applied.set(key, metadata.get(key));
            }
        }
        return applied;
    }

    /** The part of {@code want} not already in {@code have}, or null when none. */
    private static JsonNode diff(JsonNode want, JsonNode have) {
        if (contained(want, have)) {
            return null;
        }
        if (want.isObject() && have.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            want.fields().forEachRemaining(f -> {
                JsonNode d = diff(f.getValue(), have.path(f.getKey()));
                if (d != null) {
                    out.set(f.getKey(), d);
                }
            });
            return out;
        }
        return want;
    }

    /** Whether every field {@code want} sets has that value in {@code have} (lists item by item). */
    private static boolean contained(JsonNode want, JsonNode have) {
        if (want == null || want.isNull()) {
            return true;
        }
        if ((want.isObject() || want.isArray()) && want.isEmpty() && (have.isMissingNode() || have.isNull())) {
            return true; // an empty map or list in the manifest is the same as none
        }
        if (want.isObject()) {
            if (!have.isObject()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!contained(f.getValue(), have.path(f.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (want.isArray()) {
            if (!have.isArray() || have.size() != want.size()) {
                return false;
            }
            for (int i = 0; i < want.size(); i++) {
                if (!contained(want.get(i), have.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return want.equals(have) || (want.isNumber() && have.isNumber() && want.decimalValue().compareTo(have.decimalValue()) == 0);
    }

    private ApplyPatch() {
    }
}
