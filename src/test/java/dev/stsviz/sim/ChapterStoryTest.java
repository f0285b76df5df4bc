package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.context.VolumeLocation;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.Pod;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Chapter 10's story on the default simulated cluster, checked with what kubectl would print. */
class ChapterStoryTest {
    private final Simulation sim = Simulation.chapterCluster(7, Profile.MODERN);
    private final Kubectl kubectl = new Kubectl(sim);

    private boolean running(String pod) {
        Pod p = kubectl.pod(pod);
        return p != null && !Pods.isTerminating(p) && Pods.isRunningAndReady(p);
    }

    /** Where the pod's claim keeps its files, seen from the pod's node. */
    private VolumeLocation dataOf(String pod) {
        Pod p = kubectl.pod(pod);
        String volume = kubectl.claim(Pods.claimNames(p).get(0)).getSpec().getVolumeName();
        return VolumeLocation.of(sim.api().get(PersistentVolume.class, Kinds.PV, null, volume), p.getSpec().getNodeName());
    }

    @Test
    void podsAreCreatedOneAtATimeInOrdinalOrder() {
        List<String> createdWhile = new ArrayList<>();
        sim.watch(e -> {
            if (e.type() == WatchEvent.Type.ADDED && e.object() instanceof Pod p && p.getMetadata().getName().equals("kubia-1")) {
                createdWhile.add(kubectl.podSummary());
            }
        });
        sim.runFor(Duration.ofSeconds(1));
        assertThat(kubectl.pods()).isEqualTo("""
                NAME      READY   STATUS    RESTARTS   AGE
                kubia-0   0/1     Pending   0          1s
                """);
        assertThat(sim.runUntil(() -> running("kubia-1"), Duration.ofMinutes(1))).isTrue();
        assertThat(createdWhile).hasSize(1);
        assertThat(createdWhile.get(0)).startsWith("kubia-0 1/1 Running ");
        sim.runFor(Duration.ofSeconds(30));
        assertThat(kubectl.pods()).matches("""
                NAME      READY   STATUS    RESTARTS   AGE
                kubia-0   1/1     Running   0          3\\ds
                kubia-1   1/1     Running   0          3\\ds
                """);
        assertThat(kubectl.pvc()).matches("""
                NAME           STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   AGE
                data-kubia-0   Bound    pvc-[0-9a-f-]{36}   1Mi        RWO            standard       3\\ds
                data-kubia-1   Bound    pvc-[0-9a-f-]{36}   1Mi        RWO            standard       3\\ds
                """);
        assertThat(kubectl.pod("kubia-0").getSpec().getHostname()).isEqualTo("kubia-0");
        assertThat(kubectl.pod("kubia-0").getSpec().getSubdomain()).isEqualTo("kubia");
        assertThat(Pods.claimNames(kubectl.pod("kubia-1"))).containsExactly("data-kubia-1");
    }

    @Test
    void aDeletedPodComesBackWithTheSameNameAndStorage() {
        assertThat(sim.runUntil(() -> running("kubia-1"), Duration.ofMinutes(1))).isTrue();
        String volume = kubectl.claim("data-kubia-0").getSpec().getVolumeName();
        String oldUid = kubectl.pod("kubia-0").getMetadata().getUid();
        sim.disks().write(dataOf("kubia-0"), "/var/data/kubia.txt", "This is a request for kubia-0 pod.");

        sim.actions().deletePod("default", "kubia-0");
        sim.runFor(Duration.ofSeconds(1));
        assertThat(kubectl.podSummary()).contains("kubia-0 1/1 Terminating ");
        // luksa/kubia-pet ignores SIGTERM: the pod stays Terminating for the 30 s grace period
        sim.runFor(Duration.ofSeconds(27));
        assertThat(kubectl.podSummary()).contains("kubia-0 1/1 Terminating ");
        assertThat(sim.runUntil(() -> running("kubia-0"), Duration.ofMinutes(1))).isTrue();

        Pod reborn = kubectl.pod("kubia-0");
        assertThat(reborn.getMetadata().getUid()).isNotEqualTo(oldUid);
        assertThat(Pods.claimNames(reborn)).containsExactly("data-kubia-0");
        assertThat(kubectl.claim("data-kubia-0").getSpec().getVolumeName()).isEqualTo(volume);
        assertThat(sim.disks().read(dataOf("kubia-0"), "/var/data/kubia.txt")).contains("This is a request for kubia-0 pod.");
    }

    @Test
    void scaleDownRemovesTheHighestOrdinalFirstAndKeepsClaimsForScaleUp() {
        assertThat(sim.runUntil(() -> running("kubia-1"), Duration.ofMinutes(1))).isTrue();
        sim.actions().scale("default", "kubia", 3);
        assertThat(sim.runUntil(() -> running("kubia-2"), Duration.ofMinutes(1))).isTrue();
        String volume1 = kubectl.claim("data-kubia-1").getSpec().getVolumeName();
        String volume2 = kubectl.claim("data-kubia-2").getSpec().getVolumeName();

        List<String> deletionOrder = new ArrayList<>();
        sim.watch(e -> {
            if (e.object() instanceof Pod p && e.oldObject() instanceof Pod old
                    && old.getMetadata().getDeletionTimestamp() == null && p.getMetadata().getDeletionTimestamp() != null) {
                deletionOrder.add(p.getMetadata().getName() + " while " + kubectl.podList().size() + " pods");
            }
        });
        sim.actions().scale("default", "kubia", 1);
        sim.runFor(Duration.ofSeconds(5));
        assertThat(kubectl.podSummary()).contains("kubia-2 1/1 Terminating").contains("kubia-1 1/1 Running");
        assertThat(sim.runUntil(() -> kubectl.podList().size() == 1, Duration.ofMinutes(3))).isTrue();
        assertThat(deletionOrder).containsExactly("kubia-2 while 3 pods", "kubia-1 while 2 pods");
        assertThat(kubectl.pvc()).contains("data-kubia-0   Bound", "data-kubia-1   Bound", "data-kubia-2   Bound");

        sim.actions().scale("default", "kubia", 3);
        assertThat(sim.runUntil(() -> running("kubia-2"), Duration.ofMinutes(1))).isTrue();
        assertThat(kubectl.claim("data-kubia-1").getSpec().getVolumeName()).isEqualTo(volume1);
        assertThat(kubectl.claim("data-kubia-2").getSpec().getVolumeName()).isEqualTo(volume2);
        assertThat(Pods.claimNames(kubectl.pod("kubia-2"))).containsExactly("data-kubia-2");
    }
}
