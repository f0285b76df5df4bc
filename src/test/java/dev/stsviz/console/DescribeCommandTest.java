package dev.stsviz.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** kubectl describe on the simulated cluster: the object, its related objects and its own events. */
class DescribeCommandTest {
    private final ConsoleFixture f = new ConsoleFixture();

    @Test
    void describePodShowsItsClaimTolerationsAndEvents() {
        String out = f.ok("kubectl describe pod kubia-0");
        assertThat(out).startsWith("Name:             kubia-0\nNamespace:        default\n")
                .contains("Controlled By:  StatefulSet/kubia", "data-kubia-0",
                        "node.kubernetes.io/unreachable:NoExecute op=Exists for 300s",
                        "Warning  FailedScheduling", "Successfully assigned default/kubia-0 to ", "Started container kubia")
                .doesNotContain("Successfully assigned default/kubia-1");
        assertThat(f.ok("kubectl describe po/kubia-1")).startsWith("Name:             kubia-1\n");
    }

    @Test
    void describeNodePvcAndStatefulSet() {
        assertThat(f.ok("kubectl describe node minikube")).startsWith("Name:               minikube\nRoles:              control-plane\n")
                .contains("Taints:             <none>", "Ready            True");
        assertThat(f.ok("kubectl describe pvc data-kubia-0")).startsWith("Name:          data-kubia-0\n")
                .contains("StorageClass:  standard", "Status:        Bound", "Used By:       kubia-0", "ProvisioningSucceeded");
        assertThat(f.ok("kubectl describe sts kubia")).startsWith("Name:               kubia\n")
                .contains("Replicas:           2 desired | 2 total", "Pods Status:        2 Running / 0 Waiting / 0 Succeeded / 0 Failed",
                        "create Pod kubia-1 in StatefulSet kubia successful");
    }

    @Test
    void errors() {
        assertThat(f.fails("kubectl describe pod kubia-9")).isEqualTo("Error from server (NotFound): pods \"kubia-9\" not found");
        assertThat(f.fails("kubectl describe svc kubia")).contains("the console describes pods, nodes, pvc, statefulsets and replicasets");
        assertThat(f.fails("kubectl describe pod")).isEqualTo("error: resource(s) were provided, but no name was specified");
        assertThat(f.fails("kubectl describe pod kubia-0 --replicas=1")).startsWith("error: unknown flag: --replicas");
    }
}
