package dev.stsviz.app;

import dev.stsviz.cluster.history.Timeline;
import dev.stsviz.console.CommandResult;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.view.ViewSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator window's console while the time strip shows the past: it answers from that moment and refuses changes. */
class PastConsoleTest {

    /** When a pod started, in seconds since the start, from a listing printed at t=2m. */
    private static long podStart(String listing, String pod) {
        String age = listing.lines().filter(l -> l.startsWith(pod + " ")).findFirst().orElseThrow().replaceAll(".* ", "");
        long seconds = age.endsWith("m") ? Long.parseLong(age.replace("m", "")) * 60 : Long.parseLong(age.replace("s", ""));
        return 120 - seconds;
    }

    @Test
    void inThePastGetPodsShowsThePodDeletedLaterAndAWriteIsRefused() {
        SimulatedClusterSource sim = new SimulatedClusterSource(() -> Simulation.chapterCluster(3, Profile.MODERN), () -> 0L);
        ViewSource window = SimulatorViewSource.of(sim);
        Timeline timeline = window.timeline();
        try {
            sim.start(false);
            sim.advance(Duration.ofMinutes(2));
            String before = window.console().apply("kubectl get pods").output();
            assertThat(before).contains("kubia-1   1/1     Running");
            int moment = timeline.history().end();

            assertThat(window.console().apply("kubectl scale sts kubia --replicas=1").ok()).isTrue();
            sim.advance(Duration.ofMinutes(3));
            assertThat(window.console().apply("kubectl get pods").output()).doesNotContain("kubia-1");

            timeline.show(moment);
            assertThat(timeline.showingPast()).isTrue();
            // the moment's time is that of its last change, when kubia-1 turned Ready: AGE is counted to then
            Duration t = Duration.between(timeline.history().startTime(), timeline.shownTime());
            assertThat(t).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(2));
            String past = window.console().apply("kubectl get pods").output();
            assertThat(past).contains("kubia-0   1/1     Running   0          " + (t.getSeconds() - podStart(before, "kubia-0")) + "s\n",
                    "kubia-1   1/1     Running");
            CommandResult delete = window.console().apply("kubectl delete pod kubia-0");
            assertThat(delete.ok()).isFalse();
            assertThat(delete.output()).isEqualTo("error: the window shows the past (t=" + PastConsole.clock(t) + "): Back to now to change the cluster");

            timeline.backToNow();
            assertThat(window.console().apply("kubectl get pods").output()).doesNotContain("kubia-1");
            assertThat(window.console().apply("kubectl delete pod kubia-0").ok()).as("at now the cluster can be changed").isTrue();
        } finally {
            sim.close();
        }
    }
}
