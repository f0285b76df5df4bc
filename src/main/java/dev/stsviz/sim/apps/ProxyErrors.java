package dev.stsviz.sim.apps;

import dev.stsviz.console.HttpReply;

/** The API server's answers when it cannot proxy: a Status object, as kubectl proxy passes it through. */
final class ProxyErrors {
    static HttpReply notFound(String resource, String name) {
        return status(404, "NotFound", resource + " \"" + name + "\" not found",
                ",\n  \"details\": {\n    \"name\": \"" + name + "\",\n    \"kind\": \"" + resource + "\"\n  }");
    }

    static HttpReply serviceUnavailable(String message) {
        return status(503, "ServiceUnavailable", message, "");
    }

    static HttpReply badRequest(String message) {
        return status(400, "BadRequest", message, "");
    }

    private static HttpReply status(int code, String reason, String message, String details) {
        String body = "{\n  \"kind\": \"Status\",\n  \"apiVersion\": \"v1\",\n  \"metadata\": {},\n  \"status\": \"Failure\",\n"
                + "  \"message\": \"" + message.replace("\"", "\\\"") + "\",\n  \"reason\": \"" + reason + "\"" + details
                + ",\n  \"code\": " + code + "\n}";
        return new HttpReply(code, body);
    }

    private ProxyErrors() {
    }
}
