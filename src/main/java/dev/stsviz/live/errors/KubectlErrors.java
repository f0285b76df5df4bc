package dev.stsviz.live.errors;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.Resources;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.util.Map;

/**
 * Client failures as kubectl prints them: {@code Error from server (NotFound): pods "x" not found}. The window's
 * actions and the console both word their errors here, so a failure reads the same wherever it shows.
 */
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
     * A failed write from the window's buttons.
     *
     * @param verb     the API verb ("delete", "patch")
     * @param resource as kubectl names it ("pods", "statefulsets.apps")
     */
    public static ActionException ofAction(KubernetesClientException e, String verb, String resource, String namespace, String name) {
        int code = e.getCode();
        if (code <= 0) {
            return new ActionException("Unable to connect to the server: " + ErrorText.of(e), e);
        }
        if (code == 404) {
            return new ActionException(notFound(resource, name));
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

    /**
     * A failed request from the console, one line. NotFound and AlreadyExists are spelled from the kind and name
     * (kubectl's resource names), because servers and the mock word those messages differently; other reasons keep
     * the server's message.
     *
     * @param creating a 409 is then AlreadyExists (on updates it is a Conflict)
     */
    public static String ofRequest(KubernetesClientException e, String kind, String name, boolean creating) {
        int code = e.getCode();
        if (code <= 0) {
            // no HTTP reply at all: kubectl's wording for an unreachable API server
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return "Unable to connect to the server: " + root.getMessage();
        }
        Status status = e.getStatus();
        String reason = reason(e);
        if (code == 404 || "NotFound".equals(reason)) {
            return notFound(Resources.plural(kind), name);
        }
        if ("AlreadyExists".equals(reason) || (code == 409 && creating)) {
            return alreadyExists(Resources.plural(kind), name);
        }
        if (code == 401) {
            return "error: You must be logged in to the server (Unauthorized)";
        }
        String message = status != null && status.getMessage() != null ? status.getMessage() : e.getMessage();
        return reason == null ? "Error from server: " + message : "Error from server (" + reason + "): " + message;
    }

    /** @param resource as kubectl names it ("pods") */
    public static String notFound(String resource, String name) {
        return "Error from server (NotFound): " + resource + " \"" + name + "\" not found";
    }

    public static String alreadyExists(String resource, String name) {
        return "Error from server (AlreadyExists): " + resource + " \"" + name + "\" already exists";
    }
}
