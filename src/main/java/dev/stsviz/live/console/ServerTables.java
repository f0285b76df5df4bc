package dev.stsviz.live.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stsviz.cluster.Resources;
import dev.stsviz.console.ConsoleException;
import dev.stsviz.console.ResourceType;
import dev.stsviz.live.errors.KubectlErrors;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.Table;
import io.fabric8.kubernetes.api.model.TableRow;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the API server for its own table of a resource, as {@code kubectl get} does for human-readable output
 * (server-side printing): the same GET as for the objects, with kubectl's Accept header asking for a
 * {@code meta.k8s.io Table} first. A list is asked for in chunks of 500 ({@code ?limit=500}, then {@code &continue=}),
 * as kubectl's default {@code --chunk-size}; a name is a GET of that object, which answers with a one-row table.
 *
 * <p>The request goes through the client's own HTTP client, so the context's credentials (certificates, tokens,
 * exec plugins) apply. A server that answers with anything but a Table (fabric8's mock server lists plain objects)
 * gets null: the console then prints with its built-in printers.
 */
final class ServerTables {
    /** What kubectl 1.32 sends for human-readable get: Table v1, then v1beta1, then plain JSON. */
    static final String ACCEPT = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
    /** kubectl's default --chunk-size. */
    static final int CHUNK = 500;
    private static final long TIMEOUT_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesClient client;

    ServerTables(KubernetesClient client) {
        this.client = client;
    }

    /**
     * The server's table of the objects of a type (name null; namespace null: cluster-scoped or all namespaces) or
     * of the named object; null if the server printed no table.
     */
    Table get(ResourceType type, String namespace, String name) {
        return get(type, namespace, name, null);
    }

    /** As above, a list narrowed by {@code labelSelector} (null: none), sent as kubectl sends it. */
    Table get(ResourceType type, String namespace, String name, String labelSelector) {
        String path = path(type, namespace, name);
        if (name != null) {
            Reply reply = send(path);
            if (reply.code() == 404) {
                throw notFound(type, namespace, name);
            }
            return reply.successful() ? table(reply.body()) : fail(reply, type, name);
        }
        Table all = null;
        String next = "";
        do {
            Reply reply = send(path + "?" + (labelSelector == null ? "" : "labelSelector=" + encode(labelSelector) + "&")
                    + "limit=" + CHUNK + (next.isEmpty() ? "" : "&continue=" + encode(next)));
            if (!reply.successful()) {
                // a 404 on a list: the server has no such resource; let the built-in path say what kubectl says
                return reply.code() == 404 || reply.code() == 406 ? null : fail(reply, type, "");
            }
            Table chunk = table(reply.body());
            if (chunk == null) {
                return null;
            }
            if (all == null) {
                all = chunk;
            } else if (chunk.getRows() != null) {
                List<TableRow> rows = new ArrayList<>(all.getRows() == null ? List.of() : all.getRows());
                rows.addAll(chunk.getRows());
                all.setRows(rows);
            }
            next = chunk.getMetadata() == null || chunk.getMetadata().getContinue() == null ? "" : chunk.getMetadata().getContinue();
        } while (!next.isEmpty());
        return all;
    }

    /** /api/v1/namespaces/NS/pods[/NAME], /apis/apps/v1/namespaces/NS/statefulsets[/NAME], /api/v1/nodes[/NAME]. */
    static String path(ResourceType type, String namespace, String name) {
        Class<? extends HasMetadata> model = type.type();
        String group = HasMetadata.getGroup(model);
        String version = HasMetadata.getVersion(model);
        StringBuilder path = new StringBuilder(group == null || group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version);
        if (!type.clusterScoped() && namespace != null) {
            path.append("/namespaces/").append(encode(namespace));
        }
        path.append('/').append(HasMetadata.getPlural(model));
        if (name != null) {
            path.append('/').append(encode(name));
        }
        return path.toString();
    }

    /**
     * kubectl's NotFound for a name; in a namespace other than "default" kubectl first checks that the namespace
     * exists and, if it does not, says so instead (cli-runtime's {@code Info.Get}).
     */
    private ConsoleException notFound(ResourceType type, String namespace, String name) {
        if (!type.clusterScoped() && namespace != null && !namespace.isEmpty() && !namespace.equals("default")) {
            try {
                if (send("/api/v1/namespaces/" + encode(namespace)).code() == 404) {
                    return new ConsoleException("Error from server (NotFound): namespaces \"" + namespace + "\" not found");
                }
            } catch (ConsoleException e) {
                // the check is kubectl's courtesy; its failure leaves the original error
            }
        }
        return new ConsoleException(KubectlErrors.notFound(Resources.plural(type.kind()), name));
    }

    /** The body as a Table, or null when the server answered with something else (a plain list or object). */
    private static Table table(String body) {
        try {
            JsonNode tree = JSON.readTree(body == null ? "" : body);
            if (tree == null || !tree.isObject() || !"Table".equals(tree.path("kind").asText())) {
                return null;
            }
            return JSON.treeToValue(tree, Table.class);
        } catch (Exception e) {
            return null;
        }
    }

    /** An error reply as kubectl prints it: the server's Status (reason and message) through the console's mapping. */
    private static <T> T fail(Reply reply, ResourceType type, String name) {
        Status status = null;
        try {
            JsonNode tree = JSON.readTree(reply.body() == null ? "" : reply.body());
            if (tree != null && "Status".equals(tree.path("kind").asText())) {
                status = JSON.treeToValue(tree, Status.class);
            }
        } catch (Exception e) {
            // not a Status: described from the HTTP code below
        }
        if (status == null) {
            String body = reply.body() == null ? "" : reply.body().strip();
            status = new StatusBuilder().withCode(reply.code())
                    .withMessage(body.isEmpty() ? "the server responded with the status code " + reply.code() + " but did not return more information" : body)
                    .build();
        }
        if (status.getCode() == null || status.getCode() == 0) {
            status.setCode(reply.code());
        }
        throw new ConsoleException(KubectlErrors.ofRequest(new KubernetesClientException(status), type.kind(), name, false));
    }

    private Reply send(String path) {
        HttpClient http = client.getHttpClient();
        String base = client.getMasterUrl().toString().replaceAll("/+$", "");
        HttpRequest request = http.newHttpRequestBuilder().uri(base + path).setHeader("Accept", ACCEPT).build();
        try {
            HttpResponse<String> response = http.sendAsync(request, String.class).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new Reply(response.code(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsoleException("error: interrupted");
        } catch (TimeoutException e) {
            throw new ConsoleException("Unable to connect to the server: net/http: request canceled (Client.Timeout exceeded while awaiting headers)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ConsoleException(KubectlErrors.ofRequest(new KubernetesClientException(String.valueOf(cause.getMessage()), cause), "", "", false));
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record Reply(int code, String body) {
        boolean successful() {
            return code >= 200 && code < 300;
        }
    }
}
