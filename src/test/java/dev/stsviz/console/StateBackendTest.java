package dev.stsviz.console;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A console over a moment: prints what the cluster's own console printed then, and changes nothing. */
class StateBackendTest {
    private static final String REFUSED = "error: the window shows the past (t=00:01:00): Back to now to change the cluster";

    @Test
    void readsPrintWhatTheClusterPrintedAtThatMoment() {
        ConsoleFixture live = new ConsoleFixture();
        ClusterState then = new ClusterState();
        then.applyAll(live.sim.api().all().stream().map(ClusterChange::upsert).toList());
        Instant moment = live.sim.now();
        Console past = new Console(new StateBackend(then, moment, "default", REFUSED, true), Path.of("").toAbsolutePath());
        String[] reads = {"kubectl get pods -o wide", "kubectl get pvc", "kubectl get pv", "kubectl get sts", "kubectl get nodes",
                "kubectl describe pod kubia-0", "kubectl describe sts kubia", "kubectl get pod kubia-1 -o yaml",
                "kubectl wait --for=condition=Ready pod/kubia-0"};
        String[] printed = new String[reads.length];
        for (int i = 0; i < reads.length; i++) {
            printed[i] = live.ok(reads[i]);
            assertThat(past.execute(reads[i]).output()).as(reads[i]).isEqualTo(printed[i]);
        }

        live.ok("kubectl delete pod kubia-1");
        live.sim.runFor(Duration.ofMinutes(10));
        assertThat(live.ok(reads[0])).as("the cluster moved on").isNotEqualTo(printed[0]);
        assertThat(past.execute(reads[0]).output()).as("the moment does not move on").isEqualTo(printed[0]);
    }

    @Test
    void writesAndWaitingForTimeAreRefusedWithOneLine() {
        ConsoleFixture live = new ConsoleFixture();
        ClusterState then = new ClusterState();
        then.applyAll(live.sim.api().all().stream().map(ClusterChange::upsert).toList());
        Console past = new Console(new StateBackend(then, live.sim.now(), "default", REFUSED, true), Path.of("").toAbsolutePath());
        long revision = then.revision();
        for (String write : new String[]{"kubectl delete pod kubia-0", "kubectl scale sts kubia --replicas=3",
                "kubectl delete pod kubia-0 --force --grace-period 0", "kubectl cordon minikube", "sim disconnect minikube",
                "kubectl patch sts kubia -p {\"spec\":{\"replicas\":1}}", "sim wait 1m", "kubectl wait --for=delete pod/kubia-0",
                "curl localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/"}) {
            CommandResult result = past.execute(write);
            assertThat(result.ok()).as(write).isFalse();
            assertThat(result.output()).as(write).contains(REFUSED);
        }
        assertThat(then.revision()).as("nothing changed").isEqualTo(revision);
    }
}
