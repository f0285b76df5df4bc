package dev.stsviz.lesson;

import dev.stsviz.console.Console;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped chapter lesson, taught start to finish on the simulator without a window: each step's action through
 * the console, its conditions waited for on virtual time, then the next step. The Korean file is the same lesson.
 */
class ChapterLessonTest {
    private static final Path ENGLISH = Path.of("lessons/chapter10.md");
    private static final Path KOREAN = Path.of("lessons/chapter10.ko.md");

    /** What makes two lessons the same lesson, whatever their language: settings, and each step's parts. */
    private static List<String> shape(Lesson lesson) {
        List<String> shape = new ArrayList<>();
        shape.add(lesson.settings().toString());
        for (Step s : lesson.steps()) {
            Predict p = s.predict();
            shape.add(s.objects() + " | " + s.action() + " | " + s.conditions() + " | "
                    + (p == null ? "no predict" : p.answers().size() + " answers, right: " + p.answers().indexOf(p.right()))
                    + " | after " + (s.after() != null) + " | live " + (s.live() != null));
        }
        return shape;
    }

    @Test
    void theKoreanLessonIsTheSameLessonStepForStep() {
        Lesson english = LessonParser.parse(ENGLISH);
        Lesson korean = LessonParser.parse(KOREAN);
        assertThat(shape(korean)).containsExactlyElementsOf(shape(english));
        assertThat(korean.steps()).extracting(Step::title).doesNotContainAnyElementsOf(english.steps().stream().map(Step::title).toList());
        // kubectl's words stay English in the Korean text (the force delete step)
        assertThat(korean.step(17).narration()).contains("kubelet");
        assertThat(korean.step(17).predict().explanation()).contains("`ContainerCreating`", "Multi-Attach");
    }

    @ParameterizedTest
    @ValueSource(strings = {"modern", "book"})
    void theWholeChapterCanBeTaughtOnTheSimulator(String profile) {
        Lesson lesson = LessonParser.parse(ENGLISH);
        assertThat(lesson.settings().cluster()).isEqualTo("gke");
        Simulation sim = Simulation.emptyCluster(1, Profile.parse(profile), ClusterPreset.parse(lesson.settings().cluster()),
                lesson.settings().nodes());
        SimulationConsoleBackend backend = new SimulationConsoleBackend(sim);
        Console console = new Console(backend, Path.of("").toAbsolutePath());
        LessonDriver driver = new LessonDriver(new LessonRun(lesson, backend.namespace()), backend, console::execute, false);
        List<String> transcript = new ArrayList<>();
        for (int i = 0; i < lesson.size(); i++) {
            driver.enter(i);
            Progress before = driver.run().progress(driver.lookup());
            LessonDriver.Outcome outcome = driver.perform(Duration.ofMinutes(15));
            transcript.add(outcome.describe() + (outcome.result() == null ? "" : "\n" + outcome.result().output()));
            assertThat(outcome.complete()).as(String.join("\n", transcript)).isTrue();
            if (lesson.step(i).hasAction() && !lesson.step(i).conditions().isEmpty()) {
                // an action's conditions are what it makes happen, not something already true when the step begins
                assertThat(before.met()).as("step %d \"%s\" was complete before its action", i + 1, lesson.step(i).title()).isFalse();
            }
        }
        String all = String.join("\n", transcript);
        assertThat(all).contains("Data stored on pod kubia-0", "Hey there! This greeting was submitted to kubia-0.",
                "kubia-0.kubia.default.svc.cluster.local", "kubia-1.kubia.default.svc.cluster.local");
    }
}
