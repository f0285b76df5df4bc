package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.VolumePlace;
import dev.stsviz.cluster.Volumes;
import dev.stsviz.cluster.WhyWaiting;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window says about where each preset's data is, computed from the API objects the simulator makes. */
class VolumePlaceStoryTest {
    private static VolumePlace placeOf(Simulation sim, String claim) {
        PersistentVolumeClaim pvc = sim.api().get(PersistentVolumeClaim.class, Kinds.PVC, "default", claim);
        Volumes volumes = volumes(sim);
        String pvName = pvc.getSpec().getVolumeName();
        Pod pod = sim.api().get(Pod.class, Kinds.POD, "default", claim.substring("data-".length()));
        return VolumePlace.of(volumes.volume(pvName), volumes.attachments(pvName), pod == null ? null : pod.getSpec().getNodeName(),
                n -> sim.api().get(Node.class, Kinds.NODE, null, n));
    }

    private static Volumes volumes(Simulation sim) {
        return Volumes.of(sim.api().list(PersistentVolume.class, Kinds.PV, null),
                sim.api().list(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT, null));
    }

    private static String why(Simulation sim) {
        return WhyWaiting.explainAll(sim.api().list(StatefulSet.class, Kinds.STATEFUL_SET, "default"),
                sim.api().list(Pod.class, Kinds.POD, "default"), sim.api().list(Node.class, Kinds.NODE, null),
                sim.api().list(PersistentVolumeClaim.class, Kinds.PVC, "default"), volumes(sim), sim.now()).get(0);
    }

    @Test
    void minikubesHostPathIsADirectoryOnTheNodeOfThePodThatMountsIt() {
        Simulation sim = Simulation.chapterCluster(1, Profile.MODERN, ClusterPreset.MINIKUBE, 0);
        Kubectl kubectl = new Kubectl(sim);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(2))).isTrue();
        String node = kubectl.pod("kubia-0").getSpec().getNodeName();
        assertThat(placeOf(sim, "data-kubia-0")).isEqualTo(new VolumePlace("hostPath dir on " + node + " only", false, node));
    }

    @Test
    void kindsLocalPathIsPinnedToItsNodeAndStuckWhileThatNodeIsLost() {
        Simulation sim = Simulation.chapterCluster(1, Profile.MODERN, ClusterPreset.KIND, 0);
        Kubectl kubectl = new Kubectl(sim);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(2))).isTrue();
        String node = kubectl.pod("kubia-0").getSpec().getNodeName();
        assertThat(placeOf(sim, "data-kubia-0")).isEqualTo(new VolumePlace("dir on " + node, false, node));
        sim.actions().disconnectNode(node);
        sim.runFor(Duration.ofSeconds(60));
        assertThat(placeOf(sim, "data-kubia-0")).isEqualTo(new VolumePlace("dir on " + node + " (NotReady)", true, node));
    }

    @Test
    void gkesDiskHeldByALostNodeIsNamedWithItsForceDetachCountdown() {
        Simulation sim = Simulation.chapterCluster(1, Profile.MODERN, ClusterPreset.GKE, 0);
        Kubectl kubectl = new Kubectl(sim);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(2))).isTrue();
        String lost = kubectl.pod("kubia-0").getSpec().getNodeName();
        assertThat(placeOf(sim, "data-kubia-0")).isEqualTo(new VolumePlace("disk attached to " + lost, false, lost));
        sim.actions().disconnectNode(lost);
        sim.runFor(Duration.ofMinutes(6));
        sim.actions().forceDeletePod("default", "kubia-0");
        sim.runFor(Duration.ofSeconds(48));
        String now = kubectl.pod("kubia-0").getSpec().getNodeName();
        assertThat(now).isNotNull().isNotEqualTo(lost);
        assertThat(placeOf(sim, "data-kubia-0"))
                .isEqualTo(new VolumePlace("disk still attached to " + lost + " (NotReady), not " + now, true, lost));
        String pv = sim.api().get(PersistentVolumeClaim.class, Kinds.PVC, "default", "data-kubia-0").getSpec().getVolumeName();
        assertThat(why(sim)).isEqualTo("kubia-0 ContainerCreating: " + pv + " still attached to " + lost
                + " (NotReady); force-detached in 5:11, or taint the node node.kubernetes.io/out-of-service");
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(7))).isTrue();
        assertThat(placeOf(sim, "data-kubia-0")).isEqualTo(new VolumePlace("disk attached to " + now, false, now));
        assertThat(why(sim)).startsWith("up to date");
    }
}
