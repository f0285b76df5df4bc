package dev.stsviz.lesson;

import dev.stsviz.console.Console;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Pod;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pets-and-cattle lesson taught on the simulator, step by step, with what each step must show. */
class PetsAndCattleLessonTest {

    @Test
    void bothWorkloadsMeetTheSameEventsStepByStep() {
        Lesson lesson = LessonParser.parse(Path.of("lessons/pets-and-cattle.md"));
        assertThat(lesson.settings().cluster()).isEqualTo("minikube");
        Simulation sim = Simulation.chapterCluster(1, Profile.parse(lesson.settings().profile()), ClusterPreset.parse(lesson.settings().cluster()),
                lesson.settings().nodes());
        SimulationConsoleBackend backend = new SimulationConsoleBackend(sim);
        Console console = new Console(backend, Path.of("").toAbsolutePath());
        LessonDriver driver = new LessonDriver(new LessonRun(lesson, backend.namespace()), backend, console::execute, false);
        List<String> transcript = new ArrayList<>();
        List<String> replicaSetPodsAfterDelete = null;
        for (int i = 0; i < lesson.size(); i++) {
            driver.enter(i);
            LessonDriver.Outcome outcome = driver.perform(Duration.ofMinutes(10));
            transcript.add(outcome.describe() + (outcome.result() == null ? "" : "\n" + outcome.result().output()));
            assertThat(outcome.complete()).as(String.join("\n", transcript)).isTrue();
            if (lesson.step(i).title().equals("A deleted pod of each")) {
                List<String> before = replicaSetPods(backend);
                assertThat(console.execute("kubectl delete pod " + before.get(0)).ok()).isTrue();
                sim.runFor(Duration.ofSeconds(10));
                replicaSetPodsAfterDelete = replicaSetPods(backend);
                assertThat(replicaSetPodsAfterDelete).hasSize(3).doesNotContain(before.get(0))
                        .allMatch(name -> name.matches("kubia-rs-[bcdfghjklmnpqrstvwxz2456789]{5}"));
            }
        }
        assertThat(replicaSetPodsAfterDelete).isNotNull();
        String pods = console.execute("kubectl get pods").output();
        assertThat(pods).contains("kubia-1 ");
        assertThat(String.join("\n", transcript)).contains("replicaset.apps/kubia-rs created");
    }

    private static List<String> replicaSetPods(SimulationConsoleBackend backend) {
        return backend.list(Pod.class, dev.stsviz.cluster.Kinds.POD, "default").stream()
                .filter(p -> p.getMetadata().getName().startsWith("kubia-rs-") && p.getMetadata().getDeletionTimestamp() == null)
                .map(p -> p.getMetadata().getName()).sorted().toList();
    }
}
