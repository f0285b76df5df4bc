package dev.stsviz.live.console;

import dev.stsviz.cluster.Resources;
import dev.stsviz.console.ConsoleException;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;


/**
 * Turns an API failure into the line kubectl prints: {@code Error from server (Reason): message}. NotFound and
 * AlreadyExists are spelled from the kind and name (kubectl's resource names), because servers and the mock word
 * those messages differently; other reasons keep the server's message.
 */
final class KubectlErrors {
    static ConsoleException notFound(String kind, String name) {
        return new ConsoleException("Error from server (NotFound): " + Resources.plural(kind) + " \"" + name + "\" not found");
    }

    static ConsoleException alreadyExists(String kind, String name) {
        return new ConsoleException("Error from server (AlreadyExists): " + Resources.plural(kind) + " \"" + name + "\" already exists");
    }

    /** {@code creating}: a 409 is then AlreadyExists (on updates it is a Conflict). */
    static ConsoleException of(KubernetesClientException e, String kind, String name, boolean creating) {
        int code = e.getCode();
        if (code <= 0) {
            // no HTTP reply at all: kubectl's wording for an unreachable API server
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return new ConsoleException("Unable to connect to the server: " + root.getMessage());
        }
        Status status = e.getStatus();
        String reason = dev.stsviz.live.KubectlErrors.reason(e);
        if (code == 404 || "NotFound".equals(reason)) {
            return notFound(kind, name);
        }
        if ("AlreadyExists".equals(reason) || (code == 409 && creating)) {
            return alreadyExists(kind, name);
        }
        if (code == 401) {
            return new ConsoleException("error: You must be logged in to the server (Unauthorized)");
        }
        String message = status != null && status.getMessage() != null ? status.getMessage() : e.getMessage();
        return new ConsoleException(reason == null ? "Error from server: " + message : "Error from server (" + reason + "): " + message);
    }

    private KubectlErrors() {
    }
}
