package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * podManagementPolicy: Parallel ({@code stateful_set_control.go}: monotonic = !allowsBurst(set); runForAll uses
 * slowStartBatch instead of stopping at the first blocked pod). It relaxes scaling only, not rolling updates.
 */
class ParallelPolicyTest {
    private Simulation sim;
    private Kubectl kubectl;
    /** pod name -> virtual millis of the first ADDED, and how many pods were Running at that moment. */
    private final TreeMap<String, Long> addedAt = new TreeMap<>();
    private final TreeMap<String, Integer> runningWhenAdded = new TreeMap<>();
    private final TreeMap<String, Long> terminatingAt = new TreeMap<>();
    private final TreeMap<String, Long> goneAt = new TreeMap<>();
    private final List<String> deletionOrder = new ArrayList<>();

    private static StatefulSet kubia(String policy, int replicas) {
        StatefulSet base = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
        return new StatefulSetBuilder(base).editSpec().withPodManagementPolicy(policy).withReplicas(replicas).endSpec().build();
    }

    private void start(String policy, int replicas) {
        sim = Simulation.emptyCluster(7, Profile.MODERN);
        kubectl = new Kubectl(sim);
        sim.watch(this::record);
        sim.apply(Manifests.bundled("kubia-service-headless.yaml"));
        sim.apply(List.<HasMetadata>of(kubia(policy, replicas)));
    }

    private void record(WatchEvent e) {
        if (!(e.object() instanceof Pod p)) {
            return;
        }
        String name = p.getMetadata().getName();
        long now = sim.engine().nowMillis();
        if (e.type() == WatchEvent.Type.ADDED && !addedAt.containsKey(name)) {
            addedAt.put(name, now);
            runningWhenAdded.put(name, (int) kubectl.podList().stream().filter(x -> "Running".equals(Pods.phase(x))).count());
        }
        if (e.oldObject() instanceof Pod old && old.getMetadata().getDeletionTimestamp() == null
                && p.getMetadata().getDeletionTimestamp() != null) {
            terminatingAt.put(name, now);
            deletionOrder.add(name);
        }
        if (e.type() == WatchEvent.Type.DELETED) {
            goneAt.put(name, now);
        }
    }

    private boolean allHealthy(int replicas) {
        for (int i = 0; i < replicas; i++) {
            if (!kubectl.healthy("kubia-" + i)) {
                return false;
            }
        }
        return true;
    }

    private String podLine(String pod) {
        Pod p = kubectl.pod(pod);
        return p == null ? "<gone>" : PodPrinter.ready(p) + " " + PodPrinter.status(p);
    }

    private List<String> podNames() {
        return kubectl.podList().stream().map(p -> p.getMetadata().getName()).toList();
    }

    private String loseNodeOf(String pod) {
        String node = kubectl.pod(pod).getSpec().getNodeName();
        sim.actions().disconnectNode(node);
        assertThat(sim.runUntil(() -> {
            PodCondition ready = Pods.condition(kubectl.pod(pod), "Ready");
            return ready != null && "False".equals(ready.getStatus());
        }, Duration.ofSeconds(60))).isTrue();
        return node;
    }

    private List<String> statefulSetEvents(String reason) {
        return sim.api().list(Event.class, Kinds.EVENT, "default").stream()
                .filter(e -> "kubia".equals(e.getInvolvedObject().getName()) && reason.equals(e.getReason()))
                .map(e -> e.getFirstTimestamp() + " " + e.getMessage()).sorted().toList();
    }

    // Parallel scale-up: processReplica creates every missing pod in one sync without waiting for the previous one.
    @Test
    void scaleFromZeroToFourCreatesAllPodsInTheSameSync() {
        start("Parallel", 0);
        sim.runFor(Duration.ofSeconds(5));
        assertThat(kubectl.podList()).isEmpty();

        sim.actions().scale("default", "kubia", 4);
        sim.runFor(Duration.ofMillis(100));
        assertThat(podNames()).containsExactly("kubia-0", "kubia-1", "kubia-2", "kubia-3");
        assertThat(sim.api().list(PersistentVolumeClaim.class, Kinds.PVC, "default")).hasSize(4);
        // one burst: same virtual millisecond, nothing Running yet
        assertThat(addedAt.values()).containsOnly(addedAt.get("kubia-0"));
        assertThat(runningWhenAdded.values()).containsOnly(0);
        assertThat(kubectl.podSummary()).isEqualTo("""
                kubia-0 0/1 Pending <none>
                kubia-1 0/1 Pending <none>
                kubia-2 0/1 Pending <none>
                kubia-3 0/1 Pending <none>
                """);
        List<String> creates = statefulSetEvents("SuccessfulCreate");
        assertThat(creates).hasSize(8);
        assertThat(creates.stream().map(l -> l.substring(0, l.indexOf(' '))).distinct()).hasSize(1);

        assertThat(sim.runUntil(() -> allHealthy(4), Duration.ofMinutes(1))).isTrue();
        // the kubelets start them concurrently: all Running within a couple of seconds of each other
        assertThat(sim.elapsed().toMillis() - addedAt.get("kubia-0")).isLessThan(10_000);
    }

    // Parallel scale-down: processCondemned deletes every condemned pod in one sync (no "one at a time").
    @Test
    void scaleFromFourToOneTerminatesThreePodsTogether() {
        start("Parallel", 4);
        assertThat(sim.runUntil(() -> allHealthy(4), Duration.ofMinutes(1))).isTrue();
        sim.runFor(Duration.ofSeconds(10));

        sim.actions().scale("default", "kubia", 1);
        sim.runFor(Duration.ofSeconds(1));
        assertThat(kubectl.podSummary().lines().map(l -> l.substring(0, l.lastIndexOf(' '))).toList()).containsExactly(
                "kubia-0 1/1 Running", "kubia-1 1/1 Terminating", "kubia-2 1/1 Terminating", "kubia-3 1/1 Terminating");
        assertThat(deletionOrder).containsExactlyInAnyOrder("kubia-1", "kubia-2", "kubia-3");
        assertThat(terminatingAt.values()).containsOnly(terminatingAt.get("kubia-3"));
        assertThat(statefulSetEvents("SuccessfulDelete")).hasSize(3);

        assertThat(sim.runUntil(() -> kubectl.podList().size() == 1, Duration.ofMinutes(1))).isTrue();
        // they all waited out the same 30 s grace period, side by side
        assertThat(goneAt.get("kubia-1") - terminatingAt.get("kubia-1")).isBetween(30_000L, 31_000L);
        assertThat(goneAt.values()).allMatch(t -> Math.abs(t - goneAt.get("kubia-3")) < 1_000);
        assertThat(kubectl.healthy("kubia-0")).isTrue();
    }

    // Parallel: processReplica's "not Running and Ready" check only blocks in monotonic mode.
    @Test
    void anUnreadyPodDoesNotBlockCreatingTheOthers() {
        start("Parallel", 2);
        assertThat(sim.runUntil(() -> allHealthy(2), Duration.ofMinutes(1))).isTrue();
        loseNodeOf("kubia-0");

        sim.actions().scale("default", "kubia", 4);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2") && kubectl.healthy("kubia-3"), Duration.ofSeconds(30))).isTrue();
        assertThat(Pods.isReady(kubectl.pod("kubia-0"))).isFalse();
        assertThat(addedAt.get("kubia-2")).isEqualTo(addedAt.get("kubia-3"));
    }

    // Contrast: OrderedReady stops at the first pod that is not Running and Ready (processReplica, monotonic).
    @Test
    void orderedReadyWaitsForTheUnreadyPodInstead() {
        start("OrderedReady", 2);
        assertThat(sim.runUntil(() -> allHealthy(2), Duration.ofMinutes(1))).isTrue();
        String lost = loseNodeOf("kubia-0");

        sim.actions().scale("default", "kubia", 4);
        sim.runFor(Duration.ofMinutes(2));
        assertThat(podNames()).containsExactly("kubia-0", "kubia-1");
        assertThat(sim.waitingFor("default", "kubia")).contains("kubia-0");

        sim.actions().reconnectNode(lost);
        assertThat(sim.runUntil(() -> allHealthy(4), Duration.ofMinutes(1))).isTrue();
        assertThat(addedAt.get("kubia-3")).isGreaterThan(addedAt.get("kubia-2"));
    }

    // Parallel: a Terminating pod does not hold back scale-up either (processReplica's isTerminating check is
    // monotonic-only); OrderedReady would wait for kubia-0 to be replaced first.
    @Test
    void aTerminatingPodDoesNotBlockScaleUp() {
        start("Parallel", 2);
        assertThat(sim.runUntil(() -> allHealthy(2), Duration.ofMinutes(1))).isTrue();
        sim.actions().deletePod("default", "kubia-0");
        sim.actions().scale("default", "kubia", 3);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofSeconds(20))).isTrue();
        assertThat(podLine("kubia-0")).isEqualTo("1/1 Terminating");
    }

    // Updates are not parallelised: the rolling update still replaces one pod at a time in reverse ordinal order
    // (the MaxUnavailableStatefulSet gate is off by default: maxUnavailable 1).
    @Test
    void rollingUpdateStaysOneAtATimeUnderParallel() {
        start("Parallel", 3);
        assertThat(sim.runUntil(() -> allHealthy(3), Duration.ofMinutes(1))).isTrue();
        sim.runFor(Duration.ofSeconds(10));
        List<Integer> unavailable = new ArrayList<>();
        sim.watch(e -> unavailable.add((int) kubectl.podList().stream()
                .filter(p -> Pods.isTerminating(p) || !Pods.isRunningAndReady(p)).count() + 3 - kubectl.podList().size()));

        StatefulSet updated = new StatefulSetBuilder(kubia("Parallel", 3)).editSpec().editTemplate().editSpec()
                .editFirstContainer().withImage("luksa/kubia-pet-peers").endContainer().endSpec().endTemplate().endSpec().build();
        sim.apply(List.<HasMetadata>of(updated));
        assertThat(sim.runUntil(() -> allHealthy(3) && kubectl.podList().stream()
                .allMatch(p -> "luksa/kubia-pet-peers".equals(p.getSpec().getContainers().get(0).getImage())), Duration.ofMinutes(5))).isTrue();
        assertThat(deletionOrder).containsExactly("kubia-2", "kubia-1", "kubia-0");
        assertThat(unavailable).allMatch(n -> n <= 1);
    }
}
