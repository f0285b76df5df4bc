package dev.stsviz.view.model;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.ReplicaSetLine;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who owns each pod (from the pod's own owner references), the legend's workloads, the filter that hides one, the
 * claim a ReplicaSet's pods share, and the ReplicaSet's why-line.
 */
class WorkloadsTest {
    private static final String NS = "default";

    @Test
    void ownersComeFromThePodsOwnReferences() {
        assertThat(PodOwner.of(pod("kubia-0", "StatefulSet", "kubia", null, "n1")).label()).isEqualTo("sts/kubia");
        assertThat(PodOwner.of(pod("kubia-rs-x7k2p", "ReplicaSet", "kubia-rs", null, "n1")).label()).isEqualTo("rs/kubia-rs");
        // a Deployment's ReplicaSet is <deployment>-<pod-template-hash>, the hash also on the pod: named after the Deployment
        assertThat(PodOwner.of(pod("web-5d8f7c-x7k2p", "ReplicaSet", "web-5d8f7c", "5d8f7c", "n1")).label()).isEqualTo("deploy/web");
        assertThat(PodOwner.of(pod("fluentd-x7k2p", "DaemonSet", "fluentd", null, "n1")).label()).isEqualTo("ds/fluentd");
        assertThat(PodOwner.of(pod("debug", null, null, null, "n1")).label()).isEqualTo("no owner");
    }

    @Test
    void theLegendListsStatefulSetsFirstAndTheFilterHidesAWorkloadsPods() {
        ClusterState state = cluster();
        DiagramModel model = DiagramModel.of(state, NS);
        List<Workloads.Workload> workloads = new Workloads().of(model);
        assertThat(workloads).extracting(w -> w.owner().label() + " " + w.pods())
                .containsExactly("sts/kubia 2", "rs/kubia-rs 3", "no owner 1");

        WorkloadFilter filter = new WorkloadFilter();
        assertThat(filter.apply(model, Set.of())).isSameAs(model);
        DiagramModel cattleHidden = filter.apply(model, Set.of(new PodOwner("rs", "kubia-rs")));
        assertThat(cattleHidden.nodes()).flatExtracting(NodeView::pods).extracting(PodView::name)
                .containsExactlyInAnyOrder("kubia-0", "kubia-1", "debug");
        assertThat(cattleHidden.claims()).isEqualTo(model.claims()); // claims stay: only the pods' tiles go
        // the same model again: each column keeps its filtered instance (the diagram skips it by identity)
        DiagramModel again = filter.apply(model, Set.of(new PodOwner("rs", "kubia-rs")));
        for (int i = 0; i < again.nodes().size(); i++) {
            assertThat(again.nodes().get(i)).isSameAs(cattleHidden.nodes().get(i));
        }
    }

    @Test
    void aSharedClaimNamesEveryPodMountingItAndOneHostPathDirPerNode() {
        ClusterState state = cluster();
        ClaimView shared = DiagramModel.of(state, NS).claims().stream().filter(c -> c.name().equals("kubia-shared")).findFirst().orElseThrow();
        assertThat(shared.mounters()).containsExactly("kubia-rs-b2c4d", "kubia-rs-f5g6h", "kubia-rs-x7k2p");
        assertThat(shared.shared()).isTrue();
        assertThat(shared.place()).isEqualTo("hostPath: a separate dir on each of 2 nodes, not shared");
        // the incremental model agrees
        IncrementalDiagramModel incremental = new IncrementalDiagramModel(NS);
        incremental.update(state);
        state.apply(ClusterChange.delete(pod("kubia-rs-f5g6h", "ReplicaSet", "kubia-rs", null, "n2")));
        assertThat(incremental.update(state).claims()).isEqualTo(DiagramModel.of(state, NS).claims());
        ClaimView after = incremental.model().claims().stream().filter(c -> c.name().equals("kubia-shared")).findFirst().orElseThrow();
        assertThat(after.mounters()).containsExactly("kubia-rs-b2c4d", "kubia-rs-x7k2p");
        assertThat(after.place()).isEqualTo("hostPath dir on n1 only");
    }

    @Test
    void theReplicaSetsLineCountsReadyPodsAndLeavesTerminatingOnesOut() {
        ReplicaSet rs = replicaSet();
        Pod ready1 = pod("kubia-rs-b2c4d", "ReplicaSet", "kubia-rs", null, "n1");
        Pod ready2 = pod("kubia-rs-f5g6h", "ReplicaSet", "kubia-rs", null, "n1");
        Pod ready3 = pod("kubia-rs-k7l8m", "ReplicaSet", "kubia-rs", null, "n1");
        Pod stuck = new PodBuilder(pod("kubia-rs-x7k2p", "ReplicaSet", "kubia-rs", null, "n2"))
                .editMetadata().withDeletionTimestamp("2026-11-28T10:05:00Z").withDeletionGracePeriodSeconds(30L).endMetadata().build();
        Pod other = pod("kubia-0", "StatefulSet", "kubia", null, "n2");
        Map<String, Node> nodes = Map.of("n1", node("n1", true), "n2", node("n2", false));
        assertThat(ReplicaSetLine.explain(rs, List.of(ready1, ready2, ready3, other), nodes)).isEqualTo("3/3 ready");
        assertThat(ReplicaSetLine.explain(rs, List.of(ready1, ready2, ready3, stuck), nodes)).isEqualTo(
                "3/3 ready · kubia-rs-x7k2p Terminating on n2 (NotReady): not counted, replaced at once (a new name)");
        assertThat(ReplicaSetLine.explain(rs, List.of(ready1, stuck), nodes))
                .isEqualTo("1/3 ready · creating 2 pods · kubia-rs-x7k2p Terminating on n2 (NotReady): not counted");

        ClusterState state = cluster();
        state.apply(ClusterChange.upsert(rs));
        String why = new WhyLines(NS).update(state, Instant.parse("2026-11-28T10:10:00Z"));
        assertThat(why).endsWith("\nreplicaset/kubia-rs: 3/3 ready").startsWith("statefulset/kubia: ");
    }

    /** Two nodes; kubia-0 and two cattle on n1, kubia-1 and one cattle on n2, a bare pod; the cattle share a hostPath claim. */
    private static ClusterState cluster() {
        ClusterState state = new ClusterState();
        state.applyAll(List.of(
                ClusterChange.upsert(new io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder().withNewMetadata().withName("kubia")
                        .withNamespace(NS).withUid("sts-uid").endMetadata().withNewSpec().withReplicas(2).endSpec().build()),
                ClusterChange.upsert(node("n1", true)), ClusterChange.upsert(node("n2", true)),
                ClusterChange.upsert(pod("kubia-0", "StatefulSet", "kubia", null, "n1")),
                ClusterChange.upsert(pod("kubia-1", "StatefulSet", "kubia", null, "n2")),
                ClusterChange.upsert(pod("kubia-rs-x7k2p", "ReplicaSet", "kubia-rs", null, "n1")),
                ClusterChange.upsert(pod("kubia-rs-b2c4d", "ReplicaSet", "kubia-rs", null, "n1")),
                ClusterChange.upsert(pod("kubia-rs-f5g6h", "ReplicaSet", "kubia-rs", null, "n2")),
                ClusterChange.upsert(pod("debug", null, null, null, "n2")),
                ClusterChange.upsert(new PersistentVolumeClaimBuilder().withNewMetadata().withName("kubia-shared").withNamespace(NS)
                        .endMetadata().withNewSpec().withVolumeName("pv-shared").endSpec().withNewStatus().withPhase("Bound").endStatus().build()),
                ClusterChange.upsert(new PersistentVolumeBuilder().withNewMetadata().withName("pv-shared").endMetadata()
                        .withNewSpec().withNewHostPath().withPath("/tmp/hostpath-provisioner/default/kubia-shared").endHostPath()
                        .endSpec().build())));
        return state;
    }

    private static ReplicaSet replicaSet() {
        return new ReplicaSetBuilder().withNewMetadata().withName("kubia-rs").withNamespace(NS).withUid("rs-uid").endMetadata()
                .withNewSpec().withReplicas(3).endSpec().build();
    }

    private static Pod pod(String name, String ownerKind, String owner, String hash, String node) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace(NS).withUid(name + "-uid")
                .withCreationTimestamp("2026-11-28T10:00:00Z").endMetadata();
        if (owner != null) {
            b.editMetadata().addNewOwnerReference().withApiVersion("apps/v1").withKind(ownerKind).withName(owner)
                    .withController(true).endOwnerReference().endMetadata();
        }
        if (hash != null) {
            b.editMetadata().addToLabels("pod-template-hash", hash).endMetadata();
        }
        PodBuilder withSpec = b.withNewSpec().withNodeName(node)
                .addNewVolume().withName("data").withNewPersistentVolumeClaim()
                .withClaimName(name.startsWith("kubia-rs-") ? "kubia-shared" : "none-" + name).endPersistentVolumeClaim().endVolume()
                .endSpec();
        return withSpec.withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True").endCondition()
                .endStatus().build();
    }

    private static Node node(String name, boolean ready) {
        return new NodeBuilder().withNewMetadata().withName(name).endMetadata().withNewStatus().addNewCondition().withType("Ready")
                .withStatus(ready ? "True" : "Unknown").endCondition().endStatus().build();
    }
}
