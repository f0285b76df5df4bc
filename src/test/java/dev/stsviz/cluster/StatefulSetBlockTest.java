package dev.stsviz.cluster;

import dev.stsviz.cluster.StatefulSetBlock.Reason;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static dev.stsviz.cluster.StatefulSetBlock.Reason.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link StatefulSetBlock}: one wording per reason, and only a failed create is a sync error. */
class StatefulSetBlockTest {

    /** One example per reason and the line it must read as. */
    private static Map<Reason, Map.Entry<StatefulSetBlock, String>> examples() {
        Map<Reason, Map.Entry<StatefulSetBlock, String>> m = new EnumMap<>(Reason.class);
        m.put(POD_TERMINAL, Map.entry(StatefulSetBlock.of(POD_TERMINAL, "kubia-0", "Failed"),
                "waiting for kubia-0 (Failed) to be deleted and recreated"));
        m.put(STALE_CLAIM, Map.entry(StatefulSetBlock.of(STALE_CLAIM, "kubia-1", "data-kubia-1"),
                "waiting for claim data-kubia-1 to be deleted before creating kubia-1"));
        m.put(CREATE_FAILED, Map.entry(StatefulSetBlock.of(CREATE_FAILED, "kubia-1", "pvc data-kubia-1 is being deleted"),
                "cannot create kubia-1: pvc data-kubia-1 is being deleted"));
        m.put(CREATING, Map.entry(StatefulSetBlock.of(CREATING, "kubia-0"), "creating kubia-0"));
        m.put(CLAIM_NOT_BOUND, Map.entry(StatefulSetBlock.of(CLAIM_NOT_BOUND, "kubia-0", "data-kubia-0"),
                "waiting for claim data-kubia-0 to be bound"));
        m.put(UNSCHEDULABLE, Map.entry(StatefulSetBlock.of(UNSCHEDULABLE, "kubia-1", "0/3 nodes are available: 3 Insufficient cpu."),
                "kubia-1 Pending: 0/3 nodes are available: 3 Insufficient cpu."));
        m.put(VOLUME_HELD, Map.entry(StatefulSetBlock.of(VOLUME_HELD, "kubia-0", "pvc-1 still attached to node-a (NotReady)"),
                "kubia-0 ContainerCreating: pvc-1 still attached to node-a (NotReady)"));
        m.put(WAITING_READY, Map.entry(StatefulSetBlock.of(WAITING_READY, "kubia-0"), "waiting for kubia-0 to be Running and Ready"));
        m.put(WAITING_TERMINATE, Map.entry(StatefulSetBlock.of(WAITING_TERMINATE, "kubia-0"), "waiting for kubia-0 to terminate"));
        m.put(WAITING_AVAILABLE, Map.entry(StatefulSetBlock.of(WAITING_AVAILABLE, "kubia-0", 10),
                "waiting for kubia-0 to be available (minReadySeconds 10)"));
        m.put(SCALE_DOWN_TERMINATING, Map.entry(StatefulSetBlock.of(SCALE_DOWN_TERMINATING, "kubia-2"),
                "scaling down: waiting for kubia-2 to terminate"));
        m.put(SCALE_DOWN_HALTED_NOT_READY, Map.entry(StatefulSetBlock.of(SCALE_DOWN_HALTED_NOT_READY, "kubia-0"),
                "scale-down halted: kubia-0 is not Running and Ready"));
        m.put(SCALE_DOWN_HALTED_NOT_AVAILABLE, Map.entry(StatefulSetBlock.of(SCALE_DOWN_HALTED_NOT_AVAILABLE, "kubia-0", 10),
                "scale-down halted: kubia-0 is not available (minReadySeconds 10)"));
        m.put(SCALE_DOWN_DELETING, Map.entry(StatefulSetBlock.of(SCALE_DOWN_DELETING, "kubia-2"), "scaling down: deleting kubia-2"));
        m.put(ROLLING_UPDATE_REPLACING, Map.entry(StatefulSetBlock.of(ROLLING_UPDATE_REPLACING, "kubia-2"),
                "rolling update: replacing kubia-2"));
        m.put(ROLLING_UPDATE_WAITING, Map.entry(StatefulSetBlock.of(ROLLING_UPDATE_WAITING, "kubia-2"),
                "rolling update: waiting for kubia-2 to be Running and Ready"));
        return m;
    }

    @Test
    void everyReasonHasItsWording() {
        Map<Reason, Map.Entry<StatefulSetBlock, String>> examples = examples();
        assertThat(examples.keySet()).containsExactlyInAnyOrder(Reason.values());
        examples.forEach((reason, example) -> assertThat(example.getKey().line()).as(reason.name()).isEqualTo(example.getValue()));
    }

    @Test
    void onlyAFailedCreateIsASyncError() {
        examples().forEach((reason, example) -> assertThat(example.getKey().error()).as(reason.name()).isEqualTo(reason == CREATE_FAILED));
    }

    @Test
    void whatThePodShowsIsAddedInParentheses() {
        assertThat(StatefulSetBlock.of(WAITING_READY, "kubia-0", "ContainerCreating").line())
                .isEqualTo("waiting for kubia-0 to be Running and Ready (ContainerCreating)");
        assertThat(StatefulSetBlock.of(WAITING_READY, "kubia-0", "node minikube NotReady").line())
                .isEqualTo("waiting for kubia-0 to be Running and Ready (node minikube NotReady)");
    }

    @Test
    void aReplicaBeingRolledOutSaysSo() {
        assertThat(StatefulSetBlock.of(CREATING, "kubia-2").rollingUpdate(true).line()).isEqualTo("rolling update: creating kubia-2");
        assertThat(StatefulSetBlock.of(WAITING_READY, "kubia-2", "ContainerCreating").rollingUpdate(true).line())
                .isEqualTo("rolling update: waiting for kubia-2 to be Running and Ready (ContainerCreating)");
        assertThat(StatefulSetBlock.of(WAITING_AVAILABLE, "kubia-2", 10).rollingUpdate(true).line())
                .isEqualTo("rolling update: waiting for kubia-2 to be available (minReadySeconds 10)");
        // the rolling update's own reasons carry the prefix once, flag or not
        assertThat(StatefulSetBlock.of(ROLLING_UPDATE_REPLACING, "kubia-2").rollingUpdate(true).line())
                .isEqualTo("rolling update: replacing kubia-2");
        StatefulSetBlock block = StatefulSetBlock.of(CREATING, "kubia-2");
        assertThat(block.rollingUpdate(false)).isSameAs(block);
        assertThat(block.rollingUpdate(true).rollingUpdate(false)).isEqualTo(block);
    }

    @Test
    void noTwoReasonsShareAWording() {
        assertThat(examples().values().stream().map(Map.Entry::getValue).distinct().count()).isEqualTo(Reason.values().length);
    }

    @Test
    void aReasonAndAPodAreRequired() {
        assertThatThrownBy(() -> StatefulSetBlock.of(null, "kubia-0")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> StatefulSetBlock.of(CREATING, null)).isInstanceOf(NullPointerException.class);
    }
}
