package dev.stsviz.lesson;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles resolved from the state and kept, and each step's completion checked against the state. */
class LessonRunTest {
    private final ClusterState state = new ClusterState();
    private final ObjectLookup lookup = ObjectLookup.of(state);

    private static final String LESSON = """
            # Node failure
            ## Lose the node
            Objects: node/{node of kubia-0}, pod/kubia-0
            Do: sim disconnect {node of kubia-0}
            Until: node/{node of kubia-0} NotReady

            **{node of kubia-0}** goes.
            ## Force delete
            Do: kubectl delete pod kubia-0 --force --grace-period 0
            Until: new pod/kubia-0 Ready

            Gone.
            ## Back
            Do: sim reconnect {node of kubia-0}
            Until: node/{node of kubia-0} Ready
            Until: pvc/data-kubia-0 Bound

            Back.
            ## Look
            Until: pod/kubia-0 Terminating|Unknown

            Look.
            ## Just talk

            Nothing to wait for.
            """;

    private final LessonRun run = new LessonRun(LessonParser.parse(LESSON, "t.md"), "default");

    private void pod(String name, String uid, String node, boolean ready, boolean terminating) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace("default").withUid(uid).endMetadata()
                .withNewSpec().withNodeName(node).endSpec()
                .withNewStatus().withPhase(node == null ? "Pending" : "Running")
                .addNewCondition().withType("Ready").withStatus(ready ? "True" : "False").endCondition()
                .addNewContainerStatus().withName("kubia").withReady(ready).withNewState().withNewRunning().endRunning().endState()
                .endContainerStatus().endStatus();
        if (terminating) {
            b.editMetadata().withDeletionTimestamp("2026-01-01T00:00:00Z").endMetadata();
        }
        state.apply(ClusterChange.upsert(b.build()));
    }

    private void node(String name, boolean ready) {
        state.apply(ClusterChange.upsert(new NodeBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus(ready ? "True" : "Unknown").endCondition().endStatus().build()));
    }

    @Test
    void aRoleIsTheNodeOfThePodWhenFirstNeededAndIsKeptAfterThePodMoves() {
        node("node-a", true);
        node("node-b", true);
        pod("kubia-0", "uid-1", "node-a", true, false);
        run.enter(0, lookup);
        assertThat(run.action(lookup).text()).isEqualTo("sim disconnect node-a");
        assertThat(run.resolve(run.step().narration(), lookup).text()).isEqualTo("**node-a** goes.");
        assertThat(run.objects(lookup)).extracting(ObjectRef::toString).containsExactly("node/node-a", "pod/kubia-0");

        pod("kubia-0", "uid-2", "node-b", true, false); // force-deleted and recreated elsewhere
        run.enter(1, lookup);
        run.enter(2, lookup);
        assertThat(run.action(lookup).text()).as("the lost node, not kubia-0's new one").isEqualTo("sim reconnect node-a");

        run.enter(0, lookup); // going back to the step that named it: resolved anew
        assertThat(run.action(lookup).text()).isEqualTo("sim disconnect node-b");
    }

    @Test
    void aRoleOfAnUnscheduledPodIsNotKnownYetAndTheStepWaits() {
        pod("kubia-0", "uid-1", null, false, false);
        run.enter(0, lookup);
        Roles.Resolved action = run.action(lookup);
        assertThat(action.complete()).isFalse();
        assertThat(action.unknown()).containsExactly("node of kubia-0");
        assertThat(run.objects(lookup)).extracting(ObjectRef::toString).containsExactly("pod/kubia-0");
        Progress progress = run.progress(lookup);
        assertThat(progress.met()).isFalse();
        assertThat(progress.waiting()).containsExactly("{node of kubia-0} to be NotReady (node of kubia-0 is not known yet)");

        node("node-a", true);
        pod("kubia-0", "uid-1", "node-a", false, false);
        assertThat(run.action(lookup).text()).isEqualTo("sim disconnect node-a");
    }

    @Test
    void aConditionIsMetWhenTheObjectIsInTheStateAndSaysWhatItIsOtherwise() {
        node("node-a", true);
        pod("kubia-0", "uid-1", "node-a", true, false);
        run.enter(0, lookup);
        assertThat(run.progress(lookup)).isEqualTo(new Progress(false, List.of("node-a to be NotReady (it is Ready)")));
        node("node-a", false);
        assertThat(run.progress(lookup)).isEqualTo(new Progress(true, List.of()));
    }

    @Test
    void aNewConditionWaitsForAnotherObjectOfThatName() {
        node("node-a", true);
        pod("kubia-0", "uid-1", "node-a", true, false);
        run.enter(1, lookup);
        assertThat(run.progress(lookup).waiting()).containsExactly("a new kubia-0 to be Ready (the old one is Running)");
        state.apply(ClusterChange.delete(state.get(Pod.class, "Pod", "default", "kubia-0").orElseThrow()));
        assertThat(run.progress(lookup).waiting()).containsExactly("a new kubia-0 to be Ready (there is none yet)");
        pod("kubia-0", "uid-2", "node-a", false, false);
        assertThat(run.progress(lookup).met()).isFalse();
        pod("kubia-0", "uid-2", "node-a", true, false);
        assertThat(run.progress(lookup).met()).isTrue();
    }

    @Test
    void everyConditionMustHold() {
        node("node-a", false);
        pod("kubia-0", "uid-1", "node-a", true, false);
        run.enter(2, lookup);
        node("node-a", true);
        assertThat(run.progress(lookup).waiting()).containsExactly("data-kubia-0 to be Bound (there is none yet)");
        state.apply(ClusterChange.upsert(new PersistentVolumeClaimBuilder().withNewMetadata().withName("data-kubia-0")
                .withNamespace("default").endMetadata().withNewStatus().withPhase("Bound").endStatus().build()));
        assertThat(run.progress(lookup).met()).isTrue();
    }

    @Test
    void eitherOfSeveralStatesCompletesAStep() {
        node("node-a", false);
        pod("kubia-0", "uid-1", "node-a", true, false);
        run.enter(3, lookup);
        assertThat(run.progress(lookup).waiting()).containsExactly("kubia-0 to be Terminating or Unknown (it is Running)");
        pod("kubia-0", "uid-1", "node-a", true, true);
        assertThat(run.progress(lookup).met()).isTrue();
    }

    @Test
    void aStepWithoutConditionsIsDoneOnceItsActionRanOrAtOnceWithoutOne() {
        run.enter(4, lookup);
        assertThat(run.progress(lookup).met()).isTrue();
        Lesson actionOnly = LessonParser.parse("# T\n## Dig\nDo: dig SRV kubia.default.svc.cluster.local\n\nAsk DNS.\n", "t.md");
        LessonRun dig = new LessonRun(actionOnly, "default");
        dig.enter(0, lookup);
        assertThat(dig.progress(lookup)).isEqualTo(new Progress(false, List.of("its action (Do it)")));
        dig.actionDone();
        assertThat(dig.progress(lookup).met()).isTrue();
        dig.enter(0, lookup);
        assertThat(dig.progress(lookup).met()).as("entering a step again starts it anew").isFalse();
    }
}
