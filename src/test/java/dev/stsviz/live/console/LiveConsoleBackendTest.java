package dev.stsviz.live.console;

import dev.stsviz.TalksToServer;
import dev.stsviz.console.CommandResult;
import dev.stsviz.console.Console;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The chapter's commands on the mock API server (CRUD mode): the same shapes of output as on the simulator. */
@TalksToServer
@EnableKubernetesMockClient(crud = true)
class LiveConsoleBackendTest {
    KubernetesClient client;
    private LiveConsoleBackend backend;
    private Console console;

    @BeforeEach
    void console() {
        backend = new LiveConsoleBackend(client, "default");
        console = new Console(backend, Path.of("").toAbsolutePath());
    }

    @Test
    void applyCreatesThenReportsUnchangedOrConfigured() {
        assertThat(ok("kubectl apply -f manifests/kubia-statefulset.yaml")).isEqualTo("statefulset.apps/kubia created\n");
        assertThat(ok("kubectl apply -f manifests/kubia-statefulset.yaml")).isEqualTo("statefulset.apps/kubia unchanged\n");
        ok("kubectl scale sts kubia --replicas=3");
        assertThat(ok("kubectl apply -f manifests/kubia-statefulset.yaml")).isEqualTo("statefulset.apps/kubia configured\n");
        assertThat(client.apps().statefulSets().inNamespace("default").withName("kubia").get().getSpec().getReplicas()).isEqualTo(2);
        assertThat(ok("kubectl apply -f manifests/kubia-service-headless.yaml")).isEqualTo("service/kubia created\n");
        assertThat(ok("kubectl apply -f manifests/kubia-service-headless.yaml")).isEqualTo("service/kubia unchanged\n");
    }

    @Test
    void createTwiceIsAlreadyExists() {
        assertThat(ok("kubectl create -f manifests/kubia-service-headless.yaml")).isEqualTo("service/kubia created\n");
        assertThat(fails("kubectl create -f manifests/kubia-service-headless.yaml"))
                .isEqualTo("Error from server (AlreadyExists): services \"kubia\" already exists");
        assertThat(client.services().inNamespace("default").withName("kubia").get().getSpec().getClusterIP()).isEqualTo("None");
    }

    @Test
    void getPrintsKubectlsTablesFromTheApi() {
        ok("kubectl apply -f manifests/kubia-statefulset.yaml");
        client.nodes().resource(node("minikube")).create();
        client.pods().inNamespace("default").resource(pod("kubia-1", "minikube")).create();
        client.pods().inNamespace("default").resource(pod("kubia-0", "minikube")).create();
        client.persistentVolumeClaims().inNamespace("default").resource(pvc("data-kubia-0")).create();

        assertThat(ok("kubectl get pods")).matches("""
                NAME      READY   STATUS    RESTARTS   AGE
                kubia-0   1/1     Running   0          \\d+s
                kubia-1   1/1     Running   0          \\d+s
                """);
        assertThat(ok("kubectl get pods -o name")).isEqualTo("pod/kubia-0\npod/kubia-1\n");
        assertThat(ok("kubectl get pvc")).matches("""
                NAME           STATUS   VOLUME         CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
                data-kubia-0   Bound    pvc-0123abcd   1Mi        RWO            standard       <unset>                 \\d+s
                """);
        assertThat(ok("kubectl get nodes")).matches("""
                NAME       STATUS   ROLES           AGE   VERSION
                minikube   Ready    control-plane   \\d+s\\s+v1\\.31\\.0
                """);
        assertThat(ok("kubectl get sts")).matches("NAME    READY   AGE\nkubia   0/2     \\d+s\n");
        assertThat(ok("kubectl get pods -n kube-system")).isEqualTo("No resources found in kube-system namespace.\n");
        assertThat(fails("kubectl get pod nope")).isEqualTo("Error from server (NotFound): pods \"nope\" not found");
        assertThat(backend.list(Pod.class, "Pod", null)).extracting(p -> p.getMetadata().getName()).containsExactly("kubia-0", "kubia-1");
        assertThat(ok("kubectl describe pod kubia-0")).startsWith("Name:").contains("kubia-0", "minikube");
    }

    @Test
    void scalePatchCordonGoThroughTheApi() {
        ok("kubectl apply -f manifests/kubia-statefulset.yaml");
        assertThat(ok("kubectl scale sts kubia --replicas=3")).isEqualTo("statefulset.apps/kubia scaled\n");
        assertThat(replicas()).isEqualTo(3);
        assertThat(fails("kubectl scale sts nope --replicas=3")).isEqualTo("Error from server (NotFound): statefulsets.apps \"nope\" not found");

        assertThat(ok("kubectl patch sts kubia --type merge -p '{\"spec\":{\"replicas\":2}}'")).isEqualTo("statefulset.apps/kubia patched\n");
        assertThat(replicas()).isEqualTo(2);
        assertThat(ok("kubectl patch sts kubia --type merge -p '{\"spec\":{\"replicas\":2}}'"))
                .isEqualTo("statefulset.apps/kubia patched (no change)\n");
        assertThat(fails("kubectl patch sts nope --type merge -p '{\"spec\":{\"replicas\":2}}'"))
                .isEqualTo("Error from server (NotFound): statefulsets.apps \"nope\" not found");

        client.nodes().resource(node("minikube-m02")).create();
        assertThat(ok("kubectl cordon minikube-m02")).isEqualTo("node/minikube-m02 cordoned\n");
        assertThat(client.nodes().withName("minikube-m02").get().getSpec().getUnschedulable()).isTrue();
        assertThat(ok("kubectl cordon minikube-m02")).isEqualTo("node/minikube-m02 already cordoned\n");
        assertThat(ok("kubectl uncordon minikube-m02")).isEqualTo("node/minikube-m02 uncordoned\n");
        assertThat(client.nodes().withName("minikube-m02").get().getSpec().getUnschedulable()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void strategicPatchOnTheMockIsKubectlsErrorText() {
        ok("kubectl apply -f manifests/kubia-statefulset.yaml");
        // the mock server has no strategic merge: it answers 415 with reason Invalid (a real API server applies it)
        assertThat(fails("kubectl patch sts kubia -p '{\"spec\":{\"replicas\":2}}'")).isEqualTo("Error from server (Invalid): Unsupported Media Type");
    }

    @Test
    void deleteOutputsAndEffects() {
        client.pods().inNamespace("default").resource(pod("kubia-0", "minikube")).create();
        client.pods().inNamespace("default").resource(pod("kubia-1", "minikube")).create();
        assertThat(ok("kubectl delete pod kubia-0 --wait=false")).isEqualTo("pod \"kubia-0\" deleted\n");
        assertThat(ok("kubectl delete pod kubia-1 --force --grace-period 0")).isEqualTo(
                "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. "
                        + "The resource may continue to run on the cluster indefinitely.\npod \"kubia-1\" force deleted\n");
        client.pods().inNamespace("default").resource(pod("kubia-2", "minikube")).create();
        // waits (polling) until the pod is gone: at once on the mock, whose deletes are immediate
        assertThat(ok("kubectl delete pod kubia-2")).isEqualTo("pod \"kubia-2\" deleted\n");
        assertThat(client.pods().inNamespace("default").list().getItems()).isEmpty();
        assertThat(fails("kubectl delete pod kubia-0")).isEqualTo("Error from server (NotFound): pods \"kubia-0\" not found");
    }

    @Test
    void digAnswersFromTheServiceAndItsEndpoints() {
        ok("kubectl create -f manifests/kubia-service-headless.yaml");
        client.endpoints().inNamespace("default").resource(new EndpointsBuilder()
                .withNewMetadata().withName("kubia").withNamespace("default").endMetadata()
                .addNewSubset().addNewAddress().withIp("10.244.1.5").withHostname("kubia-0").endAddress()
                .addNewPort().withName("http").withPort(8080).endPort().endSubset().build()).create();
        assertThat(ok("dig SRV kubia.default.svc.cluster.local"))
                .contains("kubia.default.svc.cluster.local. 30 IN SRV 0 100 80 kubia-0.kubia.default.svc.cluster.local.")
                .contains("kubia-0.kubia.default.svc.cluster.local. 30 IN A 10.244.1.5");
        assertThat(ok("dig SRV nope.default.svc.cluster.local")).contains("status: NXDOMAIN");
    }

    @Test
    void simVerbsAreRefusedButWaitingSleeps() {
        assertThat(fails("sim disconnect minikube-m02"))
                .isEqualTo("error: \"sim disconnect\" works only on the simulator; on a live cluster use the node-fault commands");
        Instant before = Instant.now();
        assertThat(ok("sim wait 1s")).isEmpty();
        assertThat(Duration.between(before, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(ok("sim time")).matches("\\(\\d{4}-.*\\)\n");
        assertThat(backend.waitUntil(() -> false, Duration.ofMillis(200))).isFalse();
        assertThat(backend.simulator()).isNull();
    }

    @Test
    void scriptsRunThroughTheConsoleWithATranscript() {
        LiveScript.Result result = LiveScript.run(client, "default", """
                kubectl create -f manifests/kubia-service-headless.yaml
                kubectl get pod nope
                """);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.transcript()).isEqualTo("""
                $ kubectl create -f manifests/kubia-service-headless.yaml
                service/kubia created
                $ kubectl get pod nope
                Error from server (NotFound): pods "nope" not found
                """);
    }

    private int replicas() {
        return client.apps().statefulSets().inNamespace("default").withName("kubia").get().getSpec().getReplicas();
    }

    private String ok(String line) {
        CommandResult r = console.execute(line);
        assertThat(r.ok()).as("%s -> %s", line, r.output()).isTrue();
        return r.output();
    }

    private String fails(String line) {
        CommandResult r = console.execute(line);
        assertThat(r.ok()).as("%s -> %s", line, r.output()).isFalse();
        return r.output();
    }

    private static Pod pod(String name, String node) {
        return new PodBuilder()
                .withNewMetadata().withName(name).withNamespace("default").addToLabels("app", "kubia").endMetadata()
                .withNewSpec().withNodeName(node).addNewContainer().withName("kubia").withImage("luksa/kubia-pet").endContainer().endSpec()
                .withNewStatus().withPhase("Running").withPodIP("10.244.1.5")
                .addNewCondition().withType("Ready").withStatus("True").endCondition()
                .addNewContainerStatus().withName("kubia").withImage("luksa/kubia-pet").withReady(true).withStarted(true).withRestartCount(0)
                .withNewState().withNewRunning().withStartedAt(Instant.now().toString()).endRunning().endState().endContainerStatus()
                .endStatus().build();
    }

    private static io.fabric8.kubernetes.api.model.Node node(String name) {
        return new NodeBuilder()
                .withNewMetadata().withName(name).addToLabels("node-role.kubernetes.io/control-plane", "").endMetadata()
                .withNewSpec().endSpec()
                .withNewStatus().addNewCondition().withType("Ready").withStatus("True").endCondition()
                .withNewNodeInfo().withKubeletVersion("v1.31.0").endNodeInfo().endStatus().build();
    }

    private static io.fabric8.kubernetes.api.model.PersistentVolumeClaim pvc(String name) {
        return new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withStorageClassName("standard").withVolumeName("pvc-0123abcd")
                .withNewResources().addToRequests("storage", new Quantity("1Mi")).endResources().endSpec()
                .withNewStatus().withPhase("Bound").withAccessModes("ReadWriteOnce").addToCapacity("storage", new Quantity("1Mi")).endStatus()
                .build();
    }
}
