package dev.stsviz.live.console;

import dev.stsviz.TalksToServer;
import dev.stsviz.console.CommandResult;
import dev.stsviz.console.Console;
import dev.stsviz.console.ResourceType;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fabric8's mock server (CRUD mode) has no server-side printing: it answers kubectl's Table request with a plain list
 * or object, so the console prints with its built-in printers (kubectl 1.29+'s columns) and its own NotFound.
 */
@TalksToServer
@EnableKubernetesMockClient(crud = true)
class ServerTablesFallbackTest {
    KubernetesClient client;

    @Test
    void noTableFromTheMockMeansTheBuiltInPrinters() {
        client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("kubia-0").endMetadata()
                .withNewStatus().withPhase("Running").endStatus().build()).create();
        client.persistentVolumeClaims().inNamespace("default").resource(new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("data-kubia-0").endMetadata()
                .withNewSpec().withVolumeName("pvc-0123abcd").withStorageClassName("standard").endSpec()
                .withNewStatus().withPhase("Bound").addToAccessModes("ReadWriteOnce").addToCapacity("storage", new Quantity("1Mi")).endStatus()
                .build()).create();
        LiveConsoleBackend backend = new LiveConsoleBackend(client, "default");
        assertThat(backend.serverTable(ResourceType.PODS, "default", null)).isNull();
        assertThat(backend.serverTable(ResourceType.PODS, "default", "kubia-0")).isNull();
        assertThat(backend.serverTable(ResourceType.NODES, null, null)).isNull();

        Console console = new Console(backend, Path.of("").toAbsolutePath());
        assertThat(console.execute("kubectl get pods").output()).matches("""
                NAME      READY   STATUS    RESTARTS   AGE
                kubia-0   0/0     Running   0          \\d+s
                """);
        assertThat(console.execute("kubectl get pvc -o wide").output()).matches("""
                NAME           STATUS   VOLUME         CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE   VOLUMEMODE
                data-kubia-0   Bound    pvc-0123abcd   1Mi        RWO            standard       <unset>                 \\d+s +<unset>
                """);
        CommandResult missing = console.execute("kubectl get pods kubia-0 nope");
        assertThat(missing.ok()).isFalse();
        assertThat(missing.output()).matches("""
                NAME      READY   STATUS    RESTARTS   AGE
                kubia-0   0/0     Running   0          \\d+s
                Error from server \\(NotFound\\): pods "nope" not found""");
        assertThat(console.execute("kubectl get nodes").output()).isEqualTo("No resources found\n");
    }
}
