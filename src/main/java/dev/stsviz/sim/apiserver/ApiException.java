package dev.stsviz.sim.apiserver;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.Resources;

/** An API error with the reason kubectl prints: {@code Error from server (NotFound): pods "x" not found}. */
public final class ApiException extends ActionException {
    private final String reason;
    private final String status;

    private ApiException(String reason, String message) {
        super("Error from server (" + reason + "): " + message);
        this.reason = reason;
        this.status = message;
    }

    public static ApiException notFound(String kind, String name) {
        return new ApiException("NotFound", Resources.plural(kind) + " \"" + name + "\" not found");
    }

    public static ApiException alreadyExists(String kind, String name) {
        return new ApiException("AlreadyExists", Resources.plural(kind) + " \"" + name + "\" already exists");
    }

    /** NewGenerateNameConflict: the name the server generated is taken (1.24 does not retry another name). */
    public static ApiException generateNameConflict(String kind, String name) {
        return new ApiException("AlreadyExists", Resources.plural(kind) + " \"" + name
                + "\" already exists, the server was not able to generate a unique name for the object");
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

    /** The status message alone, as Go's {@code err.Error()} gives it to a controller's event. */
    public String statusMessage() {
        return status;
    }

    public boolean isAlreadyExists() {
        return "AlreadyExists".equals(reason);
    }

    public boolean isNotFound() {
        return "NotFound".equals(reason);
    }
}
