package dev.stsviz.live.errors;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/** A short, user-facing reason for a client failure ("connection refused"), never a stack trace or a URL with secrets. */
public final class ErrorText {
    private static final int MAX = 160;

    private ErrorText() {
    }

    public static String of(Throwable failure) {
        KubernetesClientException http = httpFailure(failure);
        if (http != null) {
            return http(http);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof UnknownHostException) {
                return "no such host " + message;
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException || message.contains("timed out")) {
                return "timed out";
            }
            if (t instanceof ConnectException) {
                return message.toLowerCase().contains("refused") ? "connection refused" : "cannot connect";
            }
            if (t instanceof SSLException) {
                return "TLS: " + shorten(message);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return shorten(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    /** The first HTTP failure (one with a status code) in the cause chain, or null. */
    public static KubernetesClientException httpFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof KubernetesClientException k && k.getCode() > 0) {
                return k;
            }
        }
        return null;
    }

    private static String http(KubernetesClientException e) {
        Status status = e.getStatus();
        String reason = status == null || status.getReason() == null ? null : status.getReason();
        return switch (e.getCode()) {
            case 401 -> "unauthorized (credentials rejected or expired)";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 410 -> "gone (resource version too old)";
            default -> "HTTP " + e.getCode() + (reason == null ? "" : " " + reason);
        };
    }

    public static String shorten(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "…";
    }
}
