package dev.stsviz.live;

import dev.stsviz.cluster.ActionException;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.util.Map;

/** Client failures as kubectl prints them: "Error from server (NotFound): pods \"x\" not found". */
public final class KubectlErrors {
    /** metav1.StatusReason by HTTP code, for replies that carry no Status (proxies, the mock server). */
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "BadRequest"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "NotFound"), Map.entry(405, "MethodNotAllowed"), Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"), Map.entry(415, "UnsupportedMediaType"), Map.entry(422, "Invalid"),
            Map.entry(429, "TooManyRequests"), Map.entry(500, "InternalError"), Map.entry(503, "ServiceUnavailable"),
            Map.entry(504, "Timeout"));

    /** The StatusReason kubectl prints in parentheses: the server's, else the one its HTTP code stands for (or null). */
    public static String reason(KubernetesClientException e) {
        Status status = e.getStatus();
        return status != null && status.getReason() != null && !status.getReason().isBlank()
                ? status.getReason() : REASONS.get(e.getCode());
    }

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
        String reason = reason(e) == null ? "HTTP " + code : reason(e);
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
