package dev.stsviz.realcluster;

import dev.stsviz.console.Console;
import dev.stsviz.console.ConsoleBackend;
import dev.stsviz.console.WithNodeFaults;
import dev.stsviz.lesson.Lesson;
import dev.stsviz.lesson.LessonDriver;
import dev.stsviz.lesson.LessonParser;
import dev.stsviz.lesson.LessonRun;
import dev.stsviz.lesson.ObjectLookup;
import dev.stsviz.lesson.Step;
import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter lesson taught on a real control plane through the live console backend, as the window's Lesson pane
 * does on a live cluster: each step whose action runs there is performed (creation, claims, deleting a pod, scaling,
 * the update and the partition, a node's failure and the force delete; {@code sim disconnect|reconnect} freeze and
 * thaw the hollow node as a context's node-fault commands would), and each step's completion condition must become
 * true, both through the console's reads and in the window's informer-fed state. Steps that cannot run on a fake
 * runtime (curl, dig, waiting through virtual time) are left to their live text, as a teacher would.
 */
@RealCluster
class LessonOnRealClusterTest {
    private static final Duration STEP = Duration.ofSeconds(120);
    private final ControlPlane cluster;

    LessonOnRealClusterTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @Test
    void theChapterLessonCanBeTaughtOnALiveCluster() {
        Lesson lesson = LessonParser.parse(Path.of("lessons/chapter10.md"));
        String namespace = cluster.createNamespace("lesson");
        NodeFreezer freezer = new NodeFreezer(cluster);
        List<String> performed = new ArrayList<>();
        try (KubernetesClient admin = cluster.client("admin");
             LiveSession session = LiveSession.open(KubeContexts.load(cluster.kubeconfig().toString()), "admin", namespace, false)) {
            session.source().start();
            ControlPlane.waitUntil(Duration.ofSeconds(30), "synced", session::synced);
            ConsoleBackend backend = new WithNodeFaults(session.consoleBackend(), freezer);
            Console console = new Console(backend, Path.of("").toAbsolutePath());
            LessonRun run = new LessonRun(lesson, namespace);
            LessonDriver driver = new LessonDriver(run, backend, console::execute, true);
            ObjectLookup window = ObjectLookup.of(session.source().state());
            try {
                for (int i = 0; i < lesson.size(); i++) {
                    Step step = lesson.step(i);
                    driver.enter(i);
                    LessonDriver.Outcome outcome = driver.perform(STEP);
                    assertThat(outcome.complete()).as("step %d: %s", i + 1, outcome.describe()).isTrue();
                    // the window's picture, from the informers, sees the step done too
                    ControlPlane.waitUntil(Duration.ofSeconds(30), "step " + (i + 1) + " done in the window's state",
                            () -> run.progress(window).met());
                    if (outcome.result() != null) {
                        performed.add(step.action());
                    }
                }
            } finally {
                freezer.reconnectAll();
            }
            ChapterObjects.delete(admin, namespace);
        }
        assertThat(performed).contains(
                "kubectl create -f manifests/kubia-statefulset.yaml",
                "kubectl delete pod kubia-0",
                "kubectl scale sts kubia --replicas=1",
                "kubectl scale sts kubia --replicas=3",
                "sim disconnect {node of kubia-0}",
                "kubectl delete pod kubia-0 --force --grace-period 0",
                "sim reconnect {node of kubia-0}");
        assertThat(performed).noneMatch(a -> a.startsWith("curl") || a.startsWith("dig") || a.startsWith("sim wait"));
    }
}
