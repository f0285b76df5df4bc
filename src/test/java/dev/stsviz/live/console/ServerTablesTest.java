package dev.stsviz.live.console;

import dev.stsviz.TalksToServer;
import dev.stsviz.console.CommandResult;
import dev.stsviz.console.Console;
import dev.stsviz.console.ResourceType;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kubectl get on a live cluster asks the API server for its table, as kubectl does (the mock server in expectation
 * mode answers with Tables captured from a Kubernetes 1.24 server, see src/test/resources/server-tables/), and falls
 * back to the built-in printers when the answer is not a Table.
 */
@TalksToServer
@EnableKubernetesMockClient
class ServerTablesTest {
    private static final String PVCS = "/api/v1/namespaces/default/persistentvolumeclaims";
    private static final String PODS = "/api/v1/namespaces/default/pods";
    KubernetesClient client;
    KubernetesMockServer server;

    @Test
    void getPrintsTheServersTableWithKubectlsRequest() throws Exception {
        server.expect().get().withPath(PVCS + "?limit=500").andReturn(200, resource("pvc.json")).once();
        CommandResult r = console().execute("kubectl get pvc");
        assertThat(r.ok()).isTrue();
        // a 1.24 server: no VOLUMEATTRIBUTESCLASS column
        assertThat(r.output()).isEqualTo(resource("pvc.txt"));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo(PVCS + "?limit=500");
        assertThat(request.getHeader("Accept"))
                .isEqualTo("application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json");
    }

    @Test
    void wideShowsThePriorityColumns() {
        server.expect().get().withPath(PVCS + "?limit=500").andReturn(200, resource("pvc-wide.json")).once();
        assertThat(console().execute("kubectl get pvc -o wide").output()).isEqualTo(resource("pvc-wide.txt"));
    }

    @Test
    void pathsFollowTheResourcesGroupAndScope() {
        assertThat(ServerTables.path(ResourceType.PODS, "ns", null)).isEqualTo("/api/v1/namespaces/ns/pods");
        assertThat(ServerTables.path(ResourceType.STATEFULSETS, "ns", "kubia")).isEqualTo("/apis/apps/v1/namespaces/ns/statefulsets/kubia");
        assertThat(ServerTables.path(ResourceType.PV, null, "pv-a")).isEqualTo("/api/v1/persistentvolumes/pv-a");
        assertThat(ServerTables.path(ResourceType.NODES, null, null)).isEqualTo("/api/v1/nodes");
        assertThat(ServerTables.path(ResourceType.ENDPOINTS, "ns", null)).isEqualTo("/api/v1/namespaces/ns/endpoints");
        assertThat(ServerTables.path(ResourceType.EVENTS, "ns", null)).isEqualTo("/api/v1/namespaces/ns/events");
        assertThat(ServerTables.path(ResourceType.PODS, null, null)).isEqualTo("/api/v1/pods");
    }

    @Test
    void aListInChunksFollowsTheContinueToken() {
        String first = resource("pods.json").replace("\"metadata\": {\n    \"resourceVersion\"",
                "\"metadata\": {\n    \"continue\": \"abc=\",\n    \"resourceVersion\"");
        assertThat(first).contains("\"continue\": \"abc=\"");
        server.expect().get().withPath(PODS + "?limit=500").andReturn(200, first).once();
        server.expect().get().withPath(PODS + "?limit=500&continue=abc%3D").andReturn(200, resource("pod-kubia-0.json")).once();
        String printed = console().execute("kubectl get pods").output();
        assertThat(printed.lines()).hasSize(4);
        assertThat(printed.lines().skip(1).map(l -> l.split(" +")[0])).containsExactly("kubia-0", "kubia-1", "kubia-0");
    }

    @Test
    void namesAreOneGetEachThenTheErrors() {
        server.expect().get().withPath(PODS + "/kubia-0").andReturn(200, resource("pods-named-kubia-0.json")).once();
        server.expect().get().withPath(PODS + "/nope").andReturn(404, resource("pods-named-nope.json")).once();
        server.expect().get().withPath(PODS + "/kubia-1").andReturn(200, resource("pods-named-kubia-1.json")).once();
        CommandResult r = console().execute("kubectl get pods kubia-0 nope kubia-1");
        assertThat(r.ok()).isFalse();
        assertThat(r.output()).isEqualTo(resource("pods-named.txt") + "Error from server (NotFound): pods \"nope\" not found");
    }

    @Test
    void aMissingNameInAMissingNamespaceSaysTheNamespaceIsMissing() {
        // kubectl checks the namespace (not for "default") after a NotFound
        server.expect().get().withPath("/api/v1/namespaces/gone/pods/kubia-0").andReturn(404, "").once();
        server.expect().get().withPath("/api/v1/namespaces/gone").andReturn(404, "").once();
        assertThat(console().execute("kubectl get pod kubia-0 -n gone").output())
                .isEqualTo("Error from server (NotFound): namespaces \"gone\" not found");
        server.expect().get().withPath("/api/v1/namespaces/there/pods/kubia-0").andReturn(404, "").once();
        server.expect().get().withPath("/api/v1/namespaces/there").andReturn(200, "{\"kind\":\"Namespace\"}").once();
        assertThat(console().execute("kubectl get pod kubia-0 -n there").output())
                .isEqualTo("Error from server (NotFound): pods \"kubia-0\" not found");
    }

    @Test
    void anEmptyTableIsNoResourcesFound() {
        String empty = "{\"kind\":\"Table\",\"apiVersion\":\"meta.k8s.io/v1\",\"metadata\":{\"resourceVersion\":\"1\"},"
                + "\"columnDefinitions\":[{\"name\":\"Name\",\"type\":\"string\",\"format\":\"name\",\"priority\":0}],\"rows\":[]}";
        server.expect().get().withPath("/api/v1/namespaces/kube-system/pods?limit=500").andReturn(200, empty).once();
        server.expect().get().withPath("/api/v1/persistentvolumes?limit=500").andReturn(200, empty).once();
        assertThat(console().execute("kubectl get pods -n kube-system").output()).isEqualTo("No resources found in kube-system namespace.\n");
        assertThat(console().execute("kubectl get pv").output()).isEqualTo("No resources found\n");
    }

    @Test
    void forbiddenIsTheServersMessage() {
        String status = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"pods is forbidden: User \\\"student\\\" cannot list resource \\\"pods\\\" in API group \\\"\\\" in the namespace \\\"kube-system\\\"\","
                + "\"reason\":\"Forbidden\",\"details\":{\"kind\":\"pods\"},\"code\":403}";
        server.expect().get().withPath("/api/v1/namespaces/kube-system/pods?limit=500").andReturn(403, status).once();
        CommandResult r = console().execute("kubectl get pods -n kube-system");
        assertThat(r.ok()).isFalse();
        assertThat(r.output()).isEqualTo("Error from server (Forbidden): pods is forbidden: User \"student\" cannot list resource \"pods\" "
                + "in API group \"\" in the namespace \"kube-system\"");
    }

    @Test
    void aPlainListFallsBackToTheBuiltInPrinters() {
        // what a server without server-side printing (fabric8's mock) answers: the objects themselves
        var list = new PodListBuilder().addToItems(new PodBuilder().withNewMetadata().withName("kubia-0").withNamespace("default")
                .withCreationTimestamp("2020-01-01T00:00:00Z").endMetadata().withNewStatus().withPhase("Pending").endStatus().build()).build();
        server.expect().get().withPath(PODS + "?limit=500").andReturn(200, list).once();
        assertThat(new LiveConsoleBackend(client, "default").serverTable(ResourceType.PODS, "default", null)).isNull();
        server.expect().get().withPath(PODS + "?limit=500").andReturn(200, list).once();
        server.expect().get().withPath(PODS).andReturn(200, list).once();
        CommandResult r = console().execute("kubectl get pods");
        assertThat(r.ok()).as(r.output()).isTrue();
        assertThat(r.output()).startsWith("NAME      READY   STATUS    RESTARTS   AGE\nkubia-0   0/0     Pending   0          ");
    }

    private Console console() {
        return new Console(new LiveConsoleBackend(client, "default"), Path.of("").toAbsolutePath());
    }

    private static String resource(String name) {
        try (InputStream in = ServerTablesTest.class.getResourceAsStream("/server-tables/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource server-tables/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
