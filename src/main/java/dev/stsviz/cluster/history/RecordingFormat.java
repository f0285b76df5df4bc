package dev.stsviz.cluster.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ObjectKey;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a recording (gzip-compressed UTF-8, one JSON object per line):
 * <pre>
 * {"format":"stsviz-recording","version":1,"source":"simulator","context":"minikube","serverVersion":"v1.31.0",
 *  "profile":"modern","namespace":"default","start":"2026-11-28T09:00:00Z"}
 * {"t":1795856400000,"c":[{"op":"upsert","object":{...the whole object...}},
 *                         {"op":"delete","kind":"Pod","namespace":"default","name":"kubia-0"}]}
 * </pre>
 * Line 1 is the header; every other line is one batch of changes that happened at {@code t} (epoch milliseconds).
 * A delete names its object (apiVersion when known, kind, namespace unless cluster-scoped, name). A reader ignores
 * header fields it does not know, and refuses a version newer than its own.
 */
final class RecordingFormat {
    static final String FORMAT = "stsviz-recording";
    /** A batch larger than this is written as several lines with the same time, keeping lines far below the read limit. */
    static final int SPLIT_BYTES = 8 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordingFormat() {
    }

    static ObjectMapper mapper() {
        return JSON;
    }

    static byte[] headerLine(RecordingHeader h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", h.version());
            g.writeStringField("source", h.source());
            g.writeStringField("context", h.context());
            g.writeStringField("serverVersion", h.serverVersion());
            g.writeStringField("profile", h.profile());
            g.writeStringField("namespace", h.namespace());
            g.writeStringField("start", h.start().toString());
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Writes one batch as one line or, past {@link #SPLIT_BYTES}, several; versions.get(i) null is a delete. */
    static void writeBatch(OutputStream out, Instant time, List<ObjectKey> keys, List<HasMetadata> versions, List<String> apiVersions)
            throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        JsonGenerator g = null;
        for (int i = 0; i < keys.size(); i++) {
            if (g == null) {
                g = JSON.getFactory().createGenerator(line);
                g.writeStartObject();
                g.writeNumberField("t", time.toEpochMilli());
                g.writeArrayFieldStart("c");
            }
            g.writeStartObject();
            HasMetadata object = versions.get(i);
            if (object != null) {
                g.writeStringField("op", "upsert");
                g.writeFieldName("object");
                JSON.writeValue(g, object);
            } else {
                ObjectKey key = keys.get(i);
                g.writeStringField("op", "delete");
                String apiVersion = apiVersions == null ? null : apiVersions.get(i);
                if (apiVersion != null) {
                    g.writeStringField("apiVersion", apiVersion);
                }
                g.writeStringField("kind", key.kind());
                if (!key.namespace().isEmpty()) {
                    g.writeStringField("namespace", key.namespace());
                }
                g.writeStringField("name", key.name());
            }
            g.writeEndObject();
            g.flush();
            if (line.size() > SPLIT_BYTES || i == keys.size() - 1) {
                g.writeEndArray();
                g.writeEndObject();
                g.close();
                g = null;
                line.write('\n');
                line.writeTo(out);
                line.reset();
            }
        }
    }

    /** Writes changes as the source applied them (a delete carries the object's last version: only its identity is kept). */
    static void writeChanges(OutputStream out, Instant time, List<ClusterChange> changes) throws IOException {
        List<ObjectKey> keys = new ArrayList<>(changes.size());
        List<HasMetadata> versions = new ArrayList<>(changes.size());
        List<String> apiVersions = new ArrayList<>(changes.size());
        for (ClusterChange change : changes) {
            keys.add(change.key());
            boolean delete = change.type() == ClusterChange.Type.DELETE;
            versions.add(delete ? null : change.object());
            apiVersions.add(delete ? change.object().getApiVersion() : null);
        }
        writeBatch(out, time, keys, versions, apiVersions);
    }

    /** Line 1, checked: a recording of this format in a version this build reads. Failures name no line (the caller does). */
    static RecordingHeader readHeader(byte[] line, int length) throws BadLine {
        JsonNode h = tree(line, length);
        if (!FORMAT.equals(text(h, "format", false))) {
            throw new BadLine("not a stsviz recording (its header has no \"format\":\"" + FORMAT + "\")");
        }
        JsonNode version = h.get("version");
        if (version == null || !version.canConvertToInt() || version.asInt() < 1) {
            throw new BadLine("the header has no valid \"version\"");
        }
        if (version.asInt() > RecordingHeader.CURRENT_VERSION) {
            throw new BadLine("format version " + version.asInt() + " is newer than this stsviz reads (" + RecordingHeader.CURRENT_VERSION
                    + "): open it with a newer stsviz");
        }
        Instant start;
        try {
            start = Instant.parse(text(h, "start", true));
        } catch (DateTimeParseException e) {
            throw new BadLine("the header's \"start\" is not an RFC 3339 time: \"" + text(h, "start", false) + "\"");
        }
        return new RecordingHeader(version.asInt(), text(h, "source", false), text(h, "context", false), text(h, "serverVersion", false),
                text(h, "profile", false), start, text(h, "namespace", false));
    }

    /** A batch line: its time and its changes (a delete carries a stand-in of the object with its identity only). */
    record Batch(Instant time, List<ClusterChange> changes) {
    }

    static Batch readBatch(byte[] line, int length) throws BadLine {
        JsonNode b = tree(line, length);
        JsonNode t = b.get("t");
        if (t == null || !t.canConvertToLong() || !t.isIntegralNumber()) {
            throw new BadLine("no time \"t\" (epoch milliseconds)");
        }
        JsonNode c = b.get("c");
        if (c == null || !c.isArray()) {
            throw new BadLine("no list of changes \"c\"");
        }
        List<ClusterChange> changes = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            changes.add(change(c.get(i), i + 1));
        }
        return new Batch(Instant.ofEpochMilli(t.asLong()), changes);
    }

    private static ClusterChange change(JsonNode c, int n) throws BadLine {
        String op = c.isObject() ? text(c, "op", false) : "";
        String where = "change " + n + ": ";
        if ("upsert".equals(op)) {
            JsonNode object = c.get("object");
            if (object == null || !object.isObject() || text(object, "kind", false).isEmpty()
                    || object.path("metadata").path("name").asText("").isEmpty()) {
                throw new BadLine(where + "an upsert needs an object with kind and metadata.name");
            }
            try {
                return ClusterChange.upsert(RecordingKinds.read(JSON, object));
            } catch (IOException | RuntimeException e) {
                throw new BadLine(where + "cannot read " + text(object, "kind", false) + " " + object.path("metadata").path("name").asText()
                        + ": " + firstLine(e));
            }
        }
        if ("delete".equals(op)) {
            String kind = text(c, "kind", false);
            String name = text(c, "name", false);
            if (kind.isEmpty() || name.isEmpty()) {
                throw new BadLine(where + "a delete needs a kind and a name");
            }
            String apiVersion = c.hasNonNull("apiVersion") ? text(c, "apiVersion", false) : null;
            return ClusterChange.delete(RecordingKinds.placeholder(apiVersion, kind, text(c, "namespace", false), name));
        }
        throw new BadLine(where + "unknown op \"" + op + "\" (upsert or delete)");
    }

    private static JsonNode tree(byte[] line, int length) throws BadLine {
        JsonNode node;
        try {
            node = JSON.readTree(line, 0, length);
        } catch (IOException | RuntimeException e) {
            throw new BadLine("not valid JSON: " + firstLine(e));
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("not a JSON object");
        }
        return node;
    }

    private static String text(JsonNode node, String field, boolean required) throws BadLine {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new BadLine("the header has no \"" + field + "\"");
            }
            return "";
        }
        return value.isValueNode() ? value.asText() : "";
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").trim();
    }

    /** "1,204": line numbers as the messages print them. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A line that cannot be read; the reader adds where it is. */
    static final class BadLine extends Exception {
        BadLine(String message) {
            super(message, null, false, false);
        }
    }
}
