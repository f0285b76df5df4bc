package dev.stsviz.sim.apiserver;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.Resources;

/** An API error with the reason kubectl prints: {@code Error from server (NotFound): pods "x" not found}. */
public final class ApiException extends ActionException {
    private final String reason;

    private ApiException(String reason, String message) {
        super("Error from server (" + reason + "): " + message);
        this.reason = reason;
    }

    public static ApiException notFound(String kind, String name) {
        return new ApiException("NotFound", Resources.plural(kind) + " \"" + name + "\" not found");
    }

    public static ApiException alreadyExists(String kind, String name) {
        return new ApiException("AlreadyExists", Resources.plural(kind) + " \"" + name + "\" already exists");
    }

    public static ApiException invalid(String kind, String name, String detail) {
        return new ApiException("Invalid", Resources.singular(kind).replace(".apps", "") + " \"" + name
                + "\" is invalid: " + detail);
    }

    public static ApiException forbidden(String message) {
        return new ApiException("Forbidden", message);
    }

    public String reason() {
        return reason;
    }

    public boolean isNotFound() {
        return "NotFound".equals(reason);
    }
}
