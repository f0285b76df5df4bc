package dev.stsviz.live;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one kubeconfig file ourselves before fabric8 does: fabric8 reports a broken file as a stack trace without
 * a position, Jackson gives the line and column.
 */
final class KubeconfigYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private KubeconfigYaml() {
    }

    /** The document's root mapping; an empty file is an empty mapping (kubectl accepts it). */
    static JsonNode read(Path file, Path home) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new KubeconfigException("kubeconfig " + KubeconfigFiles.display(file, home) + " cannot be read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new KubeconfigException("kubeconfig " + KubeconfigFiles.display(file, home) + " is not valid YAML" + where + ": "
                    + firstLine(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return YAML.createObjectNode();
        }
        if (!root.isObject()) {
            throw new KubeconfigException("kubeconfig " + KubeconfigFiles.display(file, home) + " is not a kubeconfig (expected a mapping with clusters, contexts and users)");
        }
        return root;
    }

    static JsonNode missing() {
        return MissingNode.getInstance();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "unreadable" : line;
    }
}
