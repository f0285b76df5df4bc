package dev.stsviz.live.console;

import dev.stsviz.console.ConsoleException;
import dev.stsviz.console.HttpReply;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What {@code kubectl proxy} on localhost:8001 plus curl reach: the same path on the API server, sent with the
 * client's own HTTP client so the context's credentials apply. Any reply (also a 404 Status) is passed through, as
 * curl prints whatever body comes back.
 */
final class ApiProxy {
    /** curl has no timeout by default; a hung pod behind the proxy should not hang the console forever. */
    private static final long TIMEOUT_SECONDS = 60;
    private final KubernetesClient client;

    ApiProxy(KubernetesClient client) {
        this.client = client;
    }

    HttpReply request(String method, String path, String body) {
        HttpClient http = client.getHttpClient();
        String base = client.getMasterUrl().toString().replaceAll("/+$", "");
        HttpRequest.Builder request = http.newHttpRequestBuilder().uri(base + (path.startsWith("/") ? path : "/" + path));
        boolean hasBody = body != null && !body.isEmpty();
        if (hasBody || !method.equalsIgnoreCase("GET")) {
            request.method(method.toUpperCase(), "text/plain", hasBody ? body : "");
        }
        try {
            HttpResponse<String> reply = http.sendAsync(request.build(), String.class).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new HttpReply(reply.code(), reply.body() == null ? "" : reply.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsoleException("curl: interrupted");
        } catch (TimeoutException e) {
            throw new ConsoleException("curl: (28) Operation timed out after " + TIMEOUT_SECONDS * 1000 + " milliseconds with 0 bytes received");
        } catch (ExecutionException e) {
            // kubectl proxy answers 500 with the Go error text when it cannot reach the API server
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new HttpReply(500, cause.getMessage() + "\n");
        }
    }
}
