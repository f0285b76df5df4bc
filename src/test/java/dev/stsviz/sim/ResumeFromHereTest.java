package dev.stsviz.sim;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.console.Console;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Resume from here on the simulator: continuing from a past moment gives exactly the state shown then, forgets the
 * future, and doing the original actions again at their original times gives the original history byte for byte.
 */
class ResumeFromHereTest {
    private static final long END = 420;
    private static final String SERVICE = "localhost:8001/api/v1/namespaces/default/services/kubia/proxy/";

    /** Something done to the cluster at a virtual second. */
    record Act(long atSecond, String what, Consumer<SimulatedClusterSource> act) {
    }

    /** Node loss as the chapter tells it, with console writes and reads that draw from the simulation's randomness. */
    static final List<Act> STORY = List.of(
            new Act(20, "scale to 3", s -> s.actions().scale("default", "kubia", 3)),
            new Act(75, "curl POST through the service", s -> console(s, "curl -X POST " + SERVICE + " -d \"hello\"")),
            new Act(90, "delete kubia-0", s -> s.actions().deletePod("default", "kubia-0")),
            new Act(130, "disconnect kubia-1's node", s -> s.actions().disconnectNode(nodeOf(s, "kubia-1"))),
            new Act(150, "dig", s -> console(s, "dig SRV kubia.default.svc.cluster.local")),
            new Act(175, "curl GET through the service", s -> console(s, "curl " + SERVICE)),
            new Act(260, "force delete kubia-1", s -> s.actions().forceDeletePod("default", "kubia-1")),
            new Act(330, "reconnect", s -> s.disconnectedNodes().forEach(n -> s.actions().reconnectNode(n))));

    private final List<SimulatedClusterSource> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(SimulatedClusterSource::close);
    }

    private SimulatedClusterSource newSource() {
        SimulatedClusterSource source = new SimulatedClusterSource(() -> Simulation.chapterCluster(5, Profile.MODERN), () -> 0L);
        opened.add(source);
        return source;
    }

    private TimeShiftedSource shifted(SimulatedClusterSource source) {
        TimeShiftedSource shifted = new TimeShiftedSource(source);
        shifted.resumeWith(source::resumeAt);
        source.start(false);
        return shifted;
    }

    static String console(SimulatedClusterSource s, String line) {
        return s.withSimulation(sim -> new Console(new SimulationConsoleBackend(sim), Path.of("")).execute(line).toString());
    }

    static String nodeOf(SimulatedClusterSource s, String pod) {
        return s.state().get(Pod.class, Kinds.POD, "default", pod).orElseThrow().getSpec().getNodeName();
    }

    /** Does the story's acts after {@code afterMillis} of virtual time at their seconds, then runs to {@link #END}. */
    static void tell(SimulatedClusterSource source, List<Act> story, long afterMillis) {
        tell(source, story, afterMillis, END);
    }

    static void tell(SimulatedClusterSource source, List<Act> story, long afterMillis, long endSecond) {
        for (Act act : story) {
            if (act.atSecond() * 1000 > afterMillis) {
                advanceTo(source, act.atSecond() * 1000);
                act.act().accept(source);
            }
        }
        advanceTo(source, endSecond * 1000);
    }

    static void advanceTo(SimulatedClusterSource source, long millis) {
        source.advance(Duration.ofMillis(millis - source.elapsed().toMillis()));
    }

    private static long millisOf(Instant time) {
        return Duration.between(Simulation.EPOCH, time).toMillis();
    }

    @Test
    void resumingAtAMomentAndRedoingTheActionsGivesTheOriginalHistoryByteForByte() {
        SimulatedClusterSource source = newSource();
        TimeShiftedSource shifted = shifted(source);
        History history = shifted.history();
        tell(source, STORY, -1);
        List<String> original = HistoryLines.of(history);
        assertThat(original).as("one line per entry").hasSize(history.end());

        int atT = history.momentAt(Simulation.EPOCH.plusSeconds(200)); // a node is cut off, kubia-1 waits on it
        shifted.show(atT);
        Instant t = shifted.shownTime();
        String shownThen = HistoryLines.json(shifted.state().all());
        assertThat(atT).isBetween(history.end() / 4, history.end() - 1);

        shifted.resumeFromHere();

        assertThat(shifted.showingPast()).isFalse();
        assertThat(source.isPlaying()).as("paused after resuming").isFalse();
        assertThat(source.now()).isEqualTo(t);
        assertThat(history.end()).as("the future after the moment is gone").isEqualTo(atT);
        assertThat(HistoryLines.of(history)).isEqualTo(original.subList(0, atT));
        assertThat(HistoryLines.json(shifted.state().all())).isEqualTo(shownThen);
        assertThat(HistoryLines.json(source.state().all())).isEqualTo(shownThen);

        tell(source, STORY, millisOf(t));
        assertThat(HistoryLines.of(history)).isEqualTo(original);
    }

    @Test
    void anotherChoiceAfterAMomentCanBeUndoneByResumingThereAgain() {
        SimulatedClusterSource source = newSource();
        TimeShiftedSource shifted = shifted(source);
        History history = shifted.history();
        tell(source, STORY, -1);
        List<String> original = HistoryLines.of(history);
        int beforeForceDelete = history.momentAt(Simulation.EPOCH.plusSeconds(200));

        shifted.show(beforeForceDelete);
        Instant t = shifted.shownTime();
        shifted.resumeFromHere();
        // what if the node had come back instead of kubia-1 being force-deleted?
        tell(source, List.of(new Act(210, "reconnect early", s -> s.disconnectedNodes().forEach(n -> s.actions().reconnectNode(n)))),
                millisOf(t));
        assertThat(HistoryLines.of(history)).as("another story").isNotEqualTo(original);
        assertThat(history.momentAt(t)).isEqualTo(beforeForceDelete);

        shifted.show(beforeForceDelete);
        shifted.resumeFromHere();
        tell(source, STORY, millisOf(t));
        assertThat(HistoryLines.of(history)).isEqualTo(original);
    }

    @Test
    void whatTheHistoryDoesNotHoldIsRestoredToo() {
        // the data posted through the service and which endpoint the next request draws are the simulation's own state
        SimulatedClusterSource source = newSource();
        TimeShiftedSource shifted = shifted(source);
        tell(source, STORY, -1);
        shifted.show(shifted.history().momentAt(Simulation.EPOCH.plusSeconds(120)));
        Instant t = shifted.shownTime();
        shifted.resumeFromHere();

        SimulatedClusterSource upToT = newSource(); // the same story told only up to t, never resumed
        shifted(upToT);
        for (Act act : STORY) {
            if (act.atSecond() * 1000 <= millisOf(t)) {
                advanceTo(upToT, act.atSecond() * 1000);
                act.act().accept(upToT);
            }
        }
        advanceTo(upToT, millisOf(t));

        List<String> resumed = new ArrayList<>();
        List<String> straight = new ArrayList<>();
        List<String> asked = new ArrayList<>(List.of(SERVICE, SERVICE, SERVICE, SERVICE));
        for (int i = 0; i < 3; i++) {
            asked.add("localhost:8001/api/v1/namespaces/default/pods/kubia-" + i + "/proxy/");
        }
        for (String url : asked) {
            resumed.add(console(source, "curl " + url));
            straight.add(console(upToT, "curl " + url));
        }
        assertThat(resumed).isEqualTo(straight);
        assertThat(String.join("", resumed)).as("the data posted before the moment").contains("Data stored on this pod: hello");
    }

    @Test
    void theProfileSwitchedBeforeTheMomentIsTheProfileAfterResuming() {
        SimulatedClusterSource source = newSource();
        TimeShiftedSource shifted = shifted(source);
        tell(source, List.of(new Act(10, "profile book", s -> console(s, "sim profile book")),
                new Act(25, "scale to 3", s -> s.actions().scale("default", "kubia", 3)), // a moment to resume at
                new Act(40, "profile modern", s -> console(s, "sim profile modern"))), -1, 60);
        assertThat(source.profileId()).isEqualTo("modern");

        shifted.show(shifted.history().momentAt(Simulation.EPOCH.plusSeconds(25)));
        assertThat(shifted.shownTime()).isAfter(Simulation.EPOCH.plusSeconds(10));
        shifted.resumeFromHere();

        assertThat(source.profileId()).isEqualTo("book");
        assertThat(source.clocks().taintBasedEviction()).isFalse();
    }

    @Test
    void aChangeMadeBehindTheLogsBackRefusesToResumeAfterIt() {
        SimulatedClusterSource source = newSource();
        TimeShiftedSource shifted = shifted(source);
        advanceTo(source, 30_000);
        source.withSimulation(sim -> { // straight to the API server: no action records it
            StatefulSet copy = dev.stsviz.sim.apiserver.Copies.copy(sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia"));
            copy.getSpec().setReplicas(4);
            return sim.api().update(copy);
        });
        advanceTo(source, 90_000);
        History history = shifted.history();
        int before = history.momentAt(Simulation.EPOCH.plusSeconds(20));
        int after = history.momentAt(Simulation.EPOCH.plusSeconds(31)); // the fourth pod was created then

        shifted.show(after);
        assertThatThrownBy(shifted::resumeFromHere).isInstanceOf(ActionException.class)
                .hasMessageContaining("outside the simulator's actions");
        assertThat(history.end()).as("nothing discarded").isGreaterThan(after);

        shifted.show(before);
        shifted.resumeFromHere();
        assertThat(history.end()).isEqualTo(before);
    }
}
