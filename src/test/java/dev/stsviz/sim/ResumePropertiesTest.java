package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.sim.ResumeFromHereTest.Act;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Pod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Resume from any moment of a random story: that moment's state, the future forgotten, the same history when redone. */
class ResumePropertiesTest {
    /** One random thing done, then a wait before the next. */
    record Step(int kind, int arg, int waitSeconds) {
    }

    @Provide
    Arbitrary<List<Step>> stories() {
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 90)).as(Step::new).list().ofMinSize(2).ofMaxSize(10);
    }

    @Property(tries = 8)
    void resumingAtAnyMomentShowsItAndRedoingTheRestGivesTheSameHistory(@ForAll("stories") List<Step> steps,
                                                                         @ForAll @IntRange(min = 0, max = 1000) int where) {
        List<Act> story = new ArrayList<>();
        long at = 30;
        for (Step step : steps) {
            story.add(new Act(at, step.toString(), s -> act(s, step)));
            at += step.waitSeconds();
        }
        long end = at + 30;
        SimulatedClusterSource source = new SimulatedClusterSource(() -> Simulation.chapterCluster(17, Profile.MODERN), () -> 0L);
        try {
            TimeShiftedSource shifted = new TimeShiftedSource(source);
            shifted.resumeWith(source::resumeAt);
            source.start(false);
            History history = shifted.history();
            ResumeFromHereTest.tell(source, story, -1, end);
            List<String> original = HistoryLines.of(history);

            shifted.show(history.start() + (int) ((long) where * (history.end() - history.start()) / 1000));
            Instant t = shifted.shownTime();
            int atT = history.momentAt(t); // the whole instant: every change dated t
            shifted.show(atT);
            String shownThen = HistoryLines.json(shifted.state().all());
            shifted.show(history.start() + (int) ((long) where * (history.end() - history.start()) / 1000));

            shifted.resumeFromHere();

            assertThat(source.now()).isEqualTo(t);
            assertThat(history.end()).isEqualTo(atT);
            assertThat(HistoryLines.json(shifted.state().all())).isEqualTo(shownThen);
            assertThat(HistoryLines.of(history)).isEqualTo(original.subList(0, atT));
            ResumeFromHereTest.tell(source, story, Duration.between(Simulation.EPOCH, t).toMillis(), end);
            assertThat(HistoryLines.of(history)).isEqualTo(original);
        } finally {
            source.close();
        }
    }

    /** The same guards in both runs (they read the state at the same instant), so both do the same. */
    private static void act(SimulatedClusterSource s, Step step) {
        String pod = "kubia-" + step.arg();
        boolean exists = s.state().get(Pod.class, Kinds.POD, "default", pod).isPresent();
        List<String> nodes = Simulation.DEFAULT_NODES;
        try {
            switch (step.kind()) {
                case 0 -> s.actions().scale("default", "kubia", step.arg() + 1);
                case 1 -> {
                    if (exists) {
                        s.actions().deletePod("default", pod);
                    }
                }
                case 2 -> {
                    if (exists) {
                        s.actions().forceDeletePod("default", pod);
                    }
                }
                case 3 -> s.actions().disconnectNode(nodes.get(step.arg() % nodes.size()));
                case 4 -> s.disconnectedNodes().forEach(n -> s.actions().reconnectNode(n));
                case 5 -> ResumeFromHereTest.console(s, "curl -X POST localhost:8001/api/v1/namespaces/default/services/kubia/proxy/ -d \"" + step + "\"");
                default -> ResumeFromHereTest.console(s, "kubectl patch sts kubia -p '{\"spec\":{\"minReadySeconds\":" + step.arg() * 5 + "}}'");
            }
        } catch (RuntimeException refused) {
            // refused the first time and the second alike
        }
    }
}
