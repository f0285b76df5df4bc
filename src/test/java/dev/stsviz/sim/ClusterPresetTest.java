package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each preset's nodes and StorageClasses, as the tool that creates such a cluster makes them. */
class ClusterPresetTest {
    private static List<String> nodeNames(Simulation sim) {
        return sim.api().list(Node.class, Kinds.NODE, null).stream().map(n -> n.getMetadata().getName()).toList();
    }

    private static List<String> classes(Simulation sim) {
        return sim.api().list(StorageClass.class, Kinds.STORAGE_CLASS, null).stream()
                .map(c -> c.getMetadata().getName() + " " + c.getProvisioner() + " " + c.getVolumeBindingMode()
                        + ("true".equals(c.getMetadata().getAnnotations().get("storageclass.kubernetes.io/is-default-class")) ? " (default)" : ""))
                .toList();
    }

    @Test
    void minikubeHasThreeNodesByDefaultOrOneAsInTheChaptersFirstSections() {
        Simulation three = Simulation.emptyCluster(1, Profile.MODERN, ClusterPreset.MINIKUBE, 0);
        assertThat(nodeNames(three)).containsExactly("minikube", "minikube-m02", "minikube-m03");
        assertThat(classes(three)).containsExactly("standard k8s.io/minikube-hostpath Immediate (default)");
        assertThat(nodeNames(Simulation.emptyCluster(1, Profile.MODERN, ClusterPreset.MINIKUBE, 1))).containsExactly("minikube");
    }

    @Test
    void kindHasATaintedControlPlaneAndWorkersWithLocalPathStorage() {
        Simulation sim = Simulation.emptyCluster(1, Profile.MODERN, ClusterPreset.KIND, 0);
        assertThat(nodeNames(sim)).containsExactly("kind-control-plane", "kind-worker", "kind-worker2", "kind-worker3");
        assertThat(classes(sim)).containsExactly("standard rancher.io/local-path WaitForFirstConsumer (default)");
        Node controlPlane = sim.api().get(Node.class, Kinds.NODE, null, "kind-control-plane");
        assertThat(controlPlane.getSpec().getTaints()).extracting(Taint::getKey, Taint::getEffect)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("node-role.kubernetes.io/control-plane", "NoSchedule"));
        assertThat(NodePrinter.roles(controlPlane)).isEqualTo("control-plane");
        assertThat(sim.api().get(Node.class, Kinds.NODE, null, "kind-worker").getSpec().getTaints()).isEmpty();
        // kubeadm 1.24 also added the legacy master taint
        Node bookControlPlane = Simulation.emptyCluster(1, Profile.BOOK, ClusterPreset.KIND, 0).api()
                .get(Node.class, Kinds.NODE, null, "kind-control-plane");
        assertThat(bookControlPlane.getSpec().getTaints()).extracting(Taint::getKey)
                .containsExactly("node-role.kubernetes.io/master", "node-role.kubernetes.io/control-plane");
        // a one-node kind cluster schedules on its control plane: kind removes the taint
        Node alone = Simulation.emptyCluster(1, Profile.MODERN, ClusterPreset.KIND, 1).api()
                .get(Node.class, Kinds.NODE, null, "kind-control-plane");
        assertThat(alone.getSpec().getTaints()).isEmpty();
    }

    @Test
    void theChaptersPodsNeverLandOnKindsControlPlane() {
        Simulation sim = Simulation.chapterCluster(1, Profile.MODERN, ClusterPreset.KIND, 0);
        sim.actions().scale("default", "kubia", 3);
        sim.runFor(java.time.Duration.ofMinutes(2));
        assertThat(sim.api().list(io.fabric8.kubernetes.api.model.Pod.class, Kinds.POD, null))
                .extracting(p -> p.getSpec().getNodeName()).hasSize(3).doesNotContain("kind-control-plane");
    }

    @Test
    void gkeNodesAreNamedAfterTheirPoolAndCarryTheZone() {
        Simulation sim = Simulation.emptyCluster(1, Profile.MODERN, ClusterPreset.GKE, 0);
        assertThat(nodeNames(sim)).hasSize(3).allMatch(n -> n.matches("gke-kubia-default-pool-1f8e2c3a-[a-z0-9]{4}")).doesNotHaveDuplicates();
        assertThat(classes(sim)).containsExactlyInAnyOrder(
                "standard-rwo pd.csi.storage.gke.io WaitForFirstConsumer (default)",
                "premium-rwo pd.csi.storage.gke.io WaitForFirstConsumer",
                "standard kubernetes.io/gce-pd Immediate");
        Node node = sim.api().list(Node.class, Kinds.NODE, null).get(0);
        assertThat(node.getMetadata().getLabels()).containsEntry("topology.gke.io/zone", "us-central1-a")
                .containsEntry("cloud.google.com/gke-nodepool", "default-pool");
        assertThat(node.getStatus().getNodeInfo().getOsImage()).isEqualTo("Container-Optimized OS from Google");
        List<String> before = nodeNames(sim);
        String added = sim.addNode(null);
        assertThat(added).startsWith("gke-kubia-default-pool-1f8e2c3a-").isNotIn(before);
    }

    @Test
    void anUnknownClusterIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> ClusterPreset.parse("eks")).hasMessage("unknown cluster \"eks\" (expected minikube, kind or gke)");
    }
}
