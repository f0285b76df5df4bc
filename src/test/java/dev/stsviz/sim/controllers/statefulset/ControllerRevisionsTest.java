package dev.stsviz.sim.controllers.statefulset;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The StatefulSet controller's ControllerRevisions against what Kubernetes 1.24.10 wrote for the same manifests.
 * The expected names and the files under {@code controller-revisions/} were read from a real control plane after
 * {@code kubectl apply} of the chapter's service and StatefulSet, {@code kubectl set image sts kubia
 * kubia=luksa/kubia-pet-peers} and {@code kubectl apply} of {@code controller-revisions/rich-statefulset.yaml}: each
 * file holds the revision's {@code data} exactly as {@code kubectl get --raw .../controllerrevisions/NAME} printed it.
 */
class ControllerRevisionsTest {
    private final Simulation sim = Simulation.chapterCluster(3, Profile.MODERN);

    @Test
    void theChaptersTemplateHashesAsTheControllerManagerHashesIt() throws IOException {
        sim.runFor(Duration.ofSeconds(5));
        ControllerRevision revision = revision("kubia-c94bcb69b");
        assertThat(revision).as("revisions: %s", revisions()).isNotNull();
        assertThat(new String(Revisions.bytesOf(revision.getData()), StandardCharsets.UTF_8)).isEqualTo(real("kubia-c94bcb69b"));
        assertThat(revision.getRevision()).isEqualTo(1L);
        assertThat(revision.getMetadata().getLabels()).containsExactlyInAnyOrderEntriesOf(
                Map.of("app", "kubia", "controller.kubernetes.io/hash", "c94bcb69b"));
        assertThat(set("kubia").getStatus().getUpdateRevision()).isEqualTo("kubia-c94bcb69b");
    }

    @Test
    void aNewImageIsRevisionTwoWithTheRealName() throws IOException {
        sim.runFor(Duration.ofSeconds(5));
        setImage("luksa/kubia-pet-peers");
        sim.runFor(Duration.ofSeconds(1));
        ControllerRevision revision = revision("kubia-79f85d87d4");
        assertThat(revision).as("revisions: %s", revisions()).isNotNull();
        assertThat(new String(Revisions.bytesOf(revision.getData()), StandardCharsets.UTF_8)).isEqualTo(real("kubia-79f85d87d4"));
        assertThat(revisions()).isEqualTo(Map.of("kubia-c94bcb69b", 1L, "kubia-79f85d87d4", 2L));
    }

    @Test
    void aTemplateWithEnvProbesVolumesAndHtmlCharactersMatchesByteForByte() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/controller-revisions/rich-statefulset.yaml")) {
            sim.apply(Manifests.parse(in, "rich-statefulset.yaml"));
        }
        sim.runFor(Duration.ofSeconds(2));
        ControllerRevision revision = revision("rich-b5dd99cf8");
        assertThat(revision).as("revisions: %s", revisions()).isNotNull();
        assertThat(new String(Revisions.bytesOf(revision.getData()), StandardCharsets.UTF_8)).isEqualTo(real("rich-b5dd99cf8"));
        // newRevision copies the set's annotations onto the revision
        assertThat(revision.getMetadata().getAnnotations()).containsEntry("team", "storage & state");
    }

    @Test
    void goingBackToAnEarlierTemplateRenumbersItsRevisionInsteadOfCreatingOne() {
        sim.runFor(Duration.ofSeconds(5));
        setImage("luksa/kubia-pet-peers");
        sim.runFor(Duration.ofSeconds(1));
        setImage("luksa/kubia-pet");
        sim.runFor(Duration.ofSeconds(1));
        assertThat(revisions()).isEqualTo(Map.of("kubia-c94bcb69b", 3L, "kubia-79f85d87d4", 2L));
        assertThat(set("kubia").getStatus().getUpdateRevision()).isEqualTo("kubia-c94bcb69b");
    }

    @Test
    void revisionsNothingUsesAreDeletedOldestFirstBeyondTheHistoryLimit() {
        sim.runFor(Duration.ofSeconds(5));
        StatefulSet limited = new StatefulSetBuilder(set("kubia")).editSpec().withRevisionHistoryLimit(1).endSpec().build();
        sim.api().update(limited);
        for (String image : List.of("a:1", "b:1", "c:1", "d:1")) {
            setImage(image);
            sim.runFor(Duration.ofSeconds(1));
        }
        assertThat(sim.runUntil(() -> "kubia-0".equals(lastUpdated()), Duration.ofMinutes(5))).isTrue();
        sim.runFor(Duration.ofSeconds(1));
        // kept: the update revision (5, d:1, which every pod now runs) and the newest unused one (4, c:1)
        assertThat(revisions().values()).containsExactlyInAnyOrder(4L, 5L);
    }

    @Test
    void theCollisionCountIsPartOfTheHash() {
        byte[] data = "{}".getBytes(StandardCharsets.UTF_8);
        assertThat(Revisions.hash(data, 0)).isNotEqualTo(Revisions.hash(data, 1));
    }

    private String lastUpdated() {
        StatefulSet set = set("kubia");
        return set.getStatus() != null && set.getStatus().getUpdatedReplicas() != null && set.getStatus().getUpdatedReplicas() == 2
                && set.getStatus().getReadyReplicas() != null && set.getStatus().getReadyReplicas() == 2 ? "kubia-0" : null;
    }

    private void setImage(String image) {
        StatefulSet set = set("kubia");
        StatefulSet changed = new StatefulSetBuilder(set).editSpec().editTemplate().editSpec().editFirstContainer()
                .withImage(image).endContainer().endSpec().endTemplate().endSpec().build();
        sim.api().update(changed);
    }

    private StatefulSet set(String name) {
        return sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", name);
    }

    private ControllerRevision revision(String name) {
        return sim.api().get(ControllerRevision.class, Kinds.CONTROLLER_REVISION, "default", name);
    }

    private Map<String, Long> revisions() {
        Map<String, Long> numbers = new TreeMap<>();
        for (ControllerRevision r : sim.api().list(ControllerRevision.class, Kinds.CONTROLLER_REVISION, "default")) {
            numbers.put(r.getMetadata().getName(), r.getRevision());
        }
        return numbers;
    }

    private static String real(String name) throws IOException {
        try (InputStream in = ControllerRevisionsTest.class.getResourceAsStream("/controller-revisions/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
