package dev.stsviz.cluster.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state shown at any moment equals the state the source had then: random actions on the simulator, the
 * source's state copied after every change, then moments visited in random order (back and forth, across sealed
 * chunks and, with a small budget, across the cut where the oldest part was dropped).
 */
class HistoryMomentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Action(int kind, int arg) {
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        return Arbitraries.integers().between(0, 5).flatMap(k -> Arbitraries.integers().between(0, 3).map(a -> new Action(k, a)))
                .list().ofMinSize(3).ofMaxSize(12);
    }

    @Property(tries = 8)
    void everyMomentShowsTheStateTheSourceHadThen(@ForAll("actions") List<Action> actions, @ForAll boolean smallBudget,
                                                   @ForAll long seed) {
        SimulatedClusterSource sim = new SimulatedClusterSource(() -> Simulation.chapterCluster(3, Profile.MODERN), () -> 0L);
        History history = smallBudget ? new History(6_000, 8) : new History(History.DEFAULT_BUDGET, 16);
        TimeShiftedSource shifted = new TimeShiftedSource(sim, history);
        Map<Integer, String> had = new HashMap<>();
        sim.state().addRecorder(new ClusterState.Recorder() {
            @Override
            public void changed(List<ClusterChange> changes) {
                had.put(history.end(), snapshot(sim.state(), changes));
            }

            @Override
            public void cleared() {
            }
        });
        try {
            sim.start(false);
            sim.advance(Duration.ofSeconds(30));
            for (Action a : actions) {
                act(sim, a);
            }
            assertThat(history.end()).isGreaterThan(0);
            if (smallBudget) {
                assertThat(history.start()).as("the oldest part dropped").isPositive();
                assertThat(history.markers().get(0).kind()).isEqualTo(Marker.Kind.CUT);
            }
            List<Integer> moments = new ArrayList<>(had.keySet());
            java.util.Collections.sort(moments);
            moments.removeIf(m -> m < history.start());
            java.util.Collections.shuffle(moments, new Random(seed));
            for (int m : moments.subList(0, Math.min(40, moments.size()))) {
                shifted.show(m);
                assertThat(shifted.showingPast()).isEqualTo(m < history.end());
                // the simulator's timers of a past moment were not recorded: its countdowns are estimates ("~")
                assertThat(shifted.clocks().exact()).isEqualTo(!shifted.showingPast());
                assertThat(json(shifted.state().all())).as("moment %d of %d", m, history.end()).isEqualTo(had.get(m));
            }
            shifted.backToNow();
            assertThat(json(shifted.state().all())).isEqualTo(json(sim.state().all()));
        } finally {
            sim.close();
        }
    }

    private static void act(SimulatedClusterSource sim, Action a) {
        String pod = "kubia-" + a.arg();
        boolean exists = sim.state().get(Pod.class, Kinds.POD, "default", pod).isPresent();
        switch (a.kind()) {
            case 0 -> sim.actions().scale("default", "kubia", a.arg() + 1);
            case 1 -> {
                if (exists) {
                    sim.actions().deletePod("default", pod);
                }
            }
            case 2 -> {
                if (exists) {
                    sim.actions().forceDeletePod("default", pod);
                }
            }
            case 3 -> sim.actions().disconnectNode(sim.state().list(HasMetadata.class, Kinds.NODE).get(a.arg() % 3).getMetadata().getName());
            case 4 -> sim.state().list(HasMetadata.class, Kinds.NODE).forEach(n -> {
                try {
                    sim.actions().reconnectNode(n.getMetadata().getName());
                } catch (RuntimeException notCutOff) {
                    // reconnecting a connected node is refused; nothing to do
                }
            });
            default -> { }
        }
        sim.advance(Duration.ofSeconds(5L + 40L * a.arg()));
    }

    /** The source's whole state after these changes were applied (the recorder hears them before they land). */
    private static String snapshot(ClusterState state, List<ClusterChange> changes) {
        Map<dev.stsviz.cluster.ObjectKey, HasMetadata> objects = new java.util.TreeMap<>();
        state.all().forEach(o -> objects.put(dev.stsviz.cluster.ObjectKey.of(o), o));
        for (ClusterChange c : changes) {
            if (c.type() == ClusterChange.Type.UPSERT) {
                objects.put(c.key(), c.object());
            } else {
                objects.remove(c.key());
            }
        }
        return json(new ArrayList<>(objects.values()));
    }

    private static String json(List<HasMetadata> objects) {
        try {
            return JSON.writeValueAsString(objects);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
