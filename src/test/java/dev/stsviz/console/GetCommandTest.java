package dev.stsviz.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** kubectl get: every resource type, short names, -o wide|yaml|json|name, -n, and kubectl's errors. */
class GetCommandTest {
    private final ConsoleFixture f = new ConsoleFixture();

    @Test
    void podsUnderEveryNamePrintKubectlsTable() {
        String expected = """
                NAME      READY   STATUS    RESTARTS   AGE
                kubia-0   1/1     Running   0          37s
                kubia-1   1/1     Running   0          34s
                """;
        assertThat(f.ok("kubectl get pods")).isEqualTo(expected);
        assertThat(f.ok("kubectl get po")).isEqualTo(expected);
        assertThat(f.ok("kubectl get pod")).isEqualTo(expected);
        assertThat(f.ok("kubectl get pod kubia-1")).isEqualTo("""
                NAME      READY   STATUS    RESTARTS   AGE
                kubia-1   1/1     Running   0          34s
                """);
        assertThat(f.ok("kubectl get pods -o wide")).startsWith(
                "NAME      READY   STATUS    RESTARTS   AGE   IP           NODE").contains("<none>           <none>");
        assertThat(f.ok("kubectl get pods -o name")).isEqualTo("pod/kubia-0\npod/kubia-1\n");
    }

    @Test
    void otherTypesAndShortNames() {
        assertThat(f.ok("kubectl get pvc")).startsWith("NAME           STATUS   VOLUME").contains("data-kubia-1   Bound    pvc-");
        assertThat(f.ok("kubectl get pv")).startsWith("NAME ").contains("default/data-kubia-0");
        assertThat(f.ok("kubectl get no")).isEqualTo(f.ok("kubectl get nodes")).contains("minikube-m03   Ready    <none>");
        assertThat(f.ok("kubectl get sts")).isEqualTo("NAME    READY   AGE\nkubia   2/2     37s\n");
        assertThat(f.ok("kubectl get statefulset kubia -o wide")).contains("CONTAINERS   IMAGES").contains("kubia        luksa/kubia-pet");
        assertThat(f.ok("kubectl get svc")).contains("kubia   ClusterIP   None         <none>        80/TCP");
        assertThat(f.ok("kubectl get endpoints kubia")).matches("(?s)NAME    ENDPOINTS\\s+AGE\nkubia   10\\.244\\.\\d+\\.\\d+:80,10\\.244\\.\\d+\\.\\d+:80 .*");
        assertThat(f.ok("kubectl get events")).contains("statefulset/kubia", "create Pod kubia-0 in StatefulSet kubia successful");
    }

    @Test
    void yamlAndJsonCarryTheWholeObject() {
        String yaml = f.ok("kubectl get pod kubia-0 -o yaml");
        assertThat(yaml).startsWith("apiVersion: v1\nkind: Pod\nmetadata:").contains("  name: kubia-0", "claimName: data-kubia-0", "phase: Running");
        String json = f.ok("kubectl get sts kubia -o json");
        assertThat(json).startsWith("{\n    \"apiVersion\": \"apps/v1\",\n    \"kind\": \"StatefulSet\",").contains("\"replicas\": 2");
        assertThat(f.ok("kubectl get pods -o yaml")).startsWith("apiVersion: v1\nitems:\n- apiVersion: v1").contains("kind: List");
    }

    @Test
    void namespacesAndEmptyResults() {
        assertThat(f.ok("kubectl get pods -n kube-system")).isEqualTo("No resources found in kube-system namespace.\n");
        assertThat(f.ok("kubectl get pods --namespace=default")).contains("kubia-0");
    }

    @Test
    void errorsAreKubectls() {
        assertThat(f.fails("kubectl get pod kubia-5")).isEqualTo("Error from server (NotFound): pods \"kubia-5\" not found");
        assertThat(f.fails("kubectl get foo")).isEqualTo("error: the server doesn't have a resource type \"foo\"");
        assertThat(f.fails("kubectl get pods --replicas=3")).isEqualTo("error: unknown flag: --replicas\nSee 'kubectl get --help' for usage.");
        assertThat(f.fails("kubectl get pods -x")).startsWith("error: unknown shorthand flag: 'x' in -x");
        assertThat(f.fails("kubectl get pods -o")).startsWith("error: flag needs an argument");
        assertThat(f.fails("kubectl get pods -o table")).startsWith("error: unable to match a printer suitable for the output format \"table\"");
        assertThat(f.fails("kubectl get")).contains("error: Required resource not specified.");
    }
}
