package dev.stsviz.sim.controllers.statefulset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * ControllerRevision naming and data, as upstream computes them. The name is {@code <set>-<hash>}, the hash
 * {@code HashControllerRevision} ({@code pkg/controller/history/controller_history.go}): FNV-32 (not 32a) over the
 * revision's data bytes, then the collision count as a decimal string, the sum printed in decimal and passed
 * through rand.SafeEncodeString.
 */
final class Revisions {
    /** The label holding a revision's hash (history.ControllerRevisionHashLabel). */
    static final String HASH_LABEL = "controller.kubernetes.io/hash";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";
    /** ControllerRevisionName keeps a parent name's first 223 characters, so the name stays a valid object name. */
    private static final int MAX_PREFIX = 223;

    static String name(String setName, String hash) {
        return (setName.length() > MAX_PREFIX ? setName.substring(0, MAX_PREFIX) : setName) + "-" + hash;
    }

    /** The hash of a revision's data bytes, with the set's status.collisionCount (0 when unset). */
    static String hash(byte[] data, int collisionCount) {
        int h = 0x811c9dc5;
        for (byte b : data) {
            h = fnv32(h, b);
        }
        // the StatefulSet controller always passes &collisionCount, so the count is hashed even when 0
        for (byte b : Integer.toString(collisionCount).getBytes(StandardCharsets.US_ASCII)) {
            h = fnv32(h, b);
        }
        return safeEncode(Long.toString(h & 0xffffffffL));
    }

    /** FNV-1: multiply, then xor (FNV-1a is the other way round). */
    private static int fnv32(int h, byte b) {
        return (h * 0x01000193) ^ (b & 0xff);
    }

    static String safeEncode(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(ALPHANUMS.charAt(c % ALPHANUMS.length()));
        }
        return sb.toString();
    }

    /** The data a revision stores: the patch's bytes decoded, keeping Go's key order. */
    static Map<String, Object> dataOf(byte[] patch) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = JSON.readValue(patch, Map.class);
            return data;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes a stored revision's data encodes to, for comparing revisions as history.EqualRevision does. */
    static byte[] bytesOf(Object data) {
        return GoJson.bytes(JSON.valueToTree(data));
    }

    /** The pod template a revision holds (without the patch directive). */
    static PodTemplateSpec templateOf(Object data) {
        JsonNode template = JSON.valueToTree(data).path("spec").path("template");
        if (!(template instanceof ObjectNode node)) {
            return new PodTemplateSpec();
        }
        ObjectNode copy = node.deepCopy();
        copy.remove("$patch");
        return JSON.convertValue(copy, PodTemplateSpec.class);
    }

    private Revisions() {
    }
}
