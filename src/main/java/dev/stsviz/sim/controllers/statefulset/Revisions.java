package dev.stsviz.sim.controllers.statefulset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.Map;

/**
 * ControllerRevision naming: {@code <set>-<hash>} where the hash is FNV-32a of the revision's template,
 * encoded with rand.SafeEncodeString ({@code pkg/controller/history/controller_history.go} HashControllerRevision).
 */
final class Revisions {
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final String ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";

    static String name(StatefulSet set, PodTemplateSpec template, int collisionCount) {
        return set.getMetadata().getName() + "-" + hash(template, collisionCount);
    }

    static String hash(PodTemplateSpec template, int collisionCount) {
        byte[] bytes;
        try {
            bytes = CANONICAL.writeValueAsBytes(Map.of("spec", Map.of("template", CANONICAL.convertValue(template, Map.class))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int h = 0x811c9dc5;
        for (byte b : bytes) {
            h ^= (b & 0xff);
            h *= 0x01000193;
        }
        if (collisionCount > 0) {
            for (int i = 0; i < 4; i++) {
                h ^= (collisionCount >>> (8 * i)) & 0xff;
                h *= 0x01000193;
            }
        }
        return safeEncode(Long.toString(h & 0xffffffffL));
    }

    static String safeEncode(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(ALPHANUMS.charAt(c % ALPHANUMS.length()));
        }
        return sb.toString();
    }

    static PodTemplateSpec templateOf(Object data) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = CANONICAL.convertValue(data, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) map.get("spec");
        return CANONICAL.convertValue(spec.get("template"), PodTemplateSpec.class);
    }

    static Object dataOf(PodTemplateSpec template) {
        return Map.of("spec", Map.of("template", CANONICAL.convertValue(template, Map.class)));
    }

    private Revisions() {
    }
}
