package dev.stsviz.live.console;

import dev.stsviz.TalksToServer;
import dev.stsviz.console.CommandResult;
import dev.stsviz.console.Console;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** curl through kubectl proxy reaches the API server's proxy subresource (mock server in expectation mode). */
@TalksToServer
@EnableKubernetesMockClient
class LiveProxyTest {
    private static final String POD_PROXY = "/api/v1/namespaces/default/pods/kubia-0/proxy/";
    KubernetesClient client;
    KubernetesMockServer server;

    @Test
    void getPrintsThePodsAnswer() {
        server.expect().get().withPath(POD_PROXY).andReturn(200, "You've hit kubia-0\nData stored on this pod: No data posted yet\n").once();
        CommandResult r = console().execute("curl localhost:8001" + POD_PROXY);
        assertThat(r.ok()).isTrue();
        assertThat(r.output()).isEqualTo("You've hit kubia-0\nData stored on this pod: No data posted yet\n");
    }

    @Test
    void postSendsTheBody() throws Exception {
        server.expect().post().withPath(POD_PROXY).andReturn(200, "Data stored on pod kubia-0\n").once();
        CommandResult r = console().execute("curl -X POST -d \"Hey there! This greeting was submitted to kubia-0.\" localhost:8001" + POD_PROXY);
        assertThat(r.output()).isEqualTo("Data stored on pod kubia-0\n");
        var request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getBody().readUtf8()).isEqualTo("Hey there! This greeting was submitted to kubia-0.");
    }

    @Test
    void aMissingPodAnswersTheStatusJson() {
        String status = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"pods \\\"kubia-9\\\" not found\",\"reason\":\"NotFound\",\"details\":{\"name\":\"kubia-9\",\"kind\":\"pods\"},\"code\":404}";
        server.expect().get().withPath("/api/v1/namespaces/default/pods/kubia-9/proxy/").andReturn(404, status).once();
        LiveConsoleBackend backend = new LiveConsoleBackend(client, "default");
        assertThat(backend.proxy("GET", "/api/v1/namespaces/default/pods/kubia-9/proxy/", "").status()).isEqualTo(404);
        server.expect().get().withPath("/api/v1/namespaces/default/pods/kubia-9/proxy/").andReturn(404, status).once();
        assertThat(console().execute("curl localhost:8001/api/v1/namespaces/default/pods/kubia-9/proxy/").output()).isEqualTo(status + "\n");
    }

    private Console console() {
        return new Console(new LiveConsoleBackend(client, "default"), Path.of("").toAbsolutePath());
    }
}
