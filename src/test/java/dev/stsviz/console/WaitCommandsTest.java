package dev.stsviz.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** kubectl rollout status and kubectl wait block on virtual time. */
class WaitCommandsTest {
    private final ConsoleFixture f = new ConsoleFixture();

    @Test
    void rolloutStatusPrintsEachStepOfThePartitionedRollout() {
        f.ok("kubectl apply -f manifests/kubia-statefulset-peers.yaml");
        String out = f.ok("kubectl rollout status statefulset kubia");
        assertThat(out).startsWith("Waiting for statefulset spec update to be observed...\nWaiting for 1 pods to be ready...\n")
                .contains("Waiting for partitioned roll out to finish: 2 out of 3 new pods have been updated...\n")
                .endsWith("Waiting for 1 pods to be ready...\npartitioned roll out complete: 3 new pods have been updated...\n");
        assertThat(f.ok("kubectl rollout status sts kubia")).isEqualTo("partitioned roll out complete: 3 new pods have been updated...\n");
        assertThat(f.fails("kubectl rollout status sts nope")).isEqualTo("Error from server (NotFound): statefulsets.apps \"nope\" not found");
        assertThat(f.fails("kubectl rollout restart sts kubia")).contains("rollout status|history|undo");
    }

    @Test
    void aPartitionSetWithPatchHoldsBackTheLowerOrdinals() {
        f.ok("kubectl scale sts kubia --replicas=3");
        f.ok("sim wait-until pod/kubia-2 Ready");
        assertThat(f.ok("kubectl patch sts kubia -p "
                + "'{\"spec\":{\"updateStrategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"partition\":2}}}}'"))
                .isEqualTo("statefulset.apps/kubia patched\n");
        f.ok("kubectl set image sts/kubia kubia=luksa/kubia-pet-peers");
        // only ordinal 2 is at or above the partition: one new pod, then kubectl stops
        assertThat(f.ok("kubectl rollout status sts kubia")).isEqualTo("""
                Waiting for statefulset spec update to be observed...
                Waiting for partitioned roll out to finish: 0 out of 1 new pods have been updated...
                Waiting for 1 pods to be ready...
                partitioned roll out complete: 1 new pods have been updated...
                """);
        assertThat(image("kubia-2")).isEqualTo("luksa/kubia-pet-peers");
        assertThat(image("kubia-1")).isEqualTo("luksa/kubia-pet");
        assertThat(image("kubia-0")).isEqualTo("luksa/kubia-pet");
    }

    private String image(String pod) {
        return f.sim.api().get(io.fabric8.kubernetes.api.model.Pod.class, dev.stsviz.cluster.Kinds.POD, "default", pod)
                .getSpec().getContainers().get(0).getImage();
    }

    @Test
    void waitForConditionOrTimeout() {
        f.ok("kubectl scale sts kubia --replicas=3");
        // like the real kubectl wait, the pod must exist already
        assertThat(f.fails("kubectl wait --for=condition=Ready pod/kubia-2")).isEqualTo("Error from server (NotFound): pods \"kubia-2\" not found");
        f.ok("sim wait 1s");
        assertThat(f.ok("kubectl wait --for=condition=Ready pod/kubia-2 --timeout=60s")).isEqualTo("pod/kubia-2 condition met\n");
        f.ok("sim disconnect pod/kubia-1");
        f.ok("sim wait 60s");
        // a timeout is a failed line, though time passed while it waited
        assertThat(f.run("kubectl wait --for=condition=Ready pod/kubia-1 --timeout=5s").output())
                .isEqualTo("error: timed out waiting for the condition on pods/kubia-1");
        assertThat(f.fails("kubectl wait --for=condition=Ready pod/kubia-9")).isEqualTo("Error from server (NotFound): pods \"kubia-9\" not found");
        assertThat(f.fails("kubectl wait pod/kubia-0")).isEqualTo("error: --for must be specified");
        assertThat(f.ok("kubectl wait --for=delete pod/kubia-9 --timeout=1s")).isEqualTo("pod/kubia-9 condition met\n");
    }
}
