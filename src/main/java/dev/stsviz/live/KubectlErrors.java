package dev.stsviz.live;

import dev.stsviz.cluster.ActionException;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.util.Map;

/** Client failures as kubectl prints them: "Error from server (NotFound): pods \"x\" not found". */
final class KubectlErrors {
    private static final Map<Integer, String> REASONS = Map.of(
            400, "BadRequest", 401, "Unauthorized", 403, "Forbidden", 404, "NotFound", 405, "MethodNotAllowed",
            409, "Conflict", 410, "Gone", 415, "UnsupportedMediaType", 422, "Invalid", 429, "TooManyRequests");

    private KubectlErrors() {
    }

    /**
     * @param verb     the API verb ("delete", "patch")
     * @param resource as kubectl names it ("pods", "statefulsets.apps")
     */
    static ActionException of(KubernetesClientException e, String verb, String resource, String namespace, String name) {
        int code = e.getCode();
        if (code <= 0) {
            return new ActionException("Unable to connect to the server: " + ErrorText.of(e), e);
        }
        if (code == 404) {
            return notFound(resource, name);
        }
        Status status = e.getStatus();
        String reason = status != null && status.getReason() != null && !status.getReason().isEmpty()
                ? status.getReason() : REASONS.getOrDefault(code, "HTTP " + code);
        String message = status == null ? null : status.getMessage();
        if (message == null || message.isBlank() || message.startsWith("Failure executing")) {
            message = code == 403
                    ? resource + " \"" + name + "\" is forbidden: cannot " + verb + " resource \"" + resource + "\""
                      + (namespace == null ? "" : " in the namespace \"" + namespace + "\"")
                    : resource + " \"" + name + "\": " + verb + " failed";
        }
        return new ActionException("Error from server (" + reason + "): " + ErrorText.shorten(message), e);
    }

    static ActionException notFound(String resource, String name) {
        return new ActionException("Error from server (NotFound): " + resource + " \"" + name + "\" not found");
    }
}
