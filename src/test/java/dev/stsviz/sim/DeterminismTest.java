package dev.stsviz.sim;

import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine is a discrete-event simulation on virtual time with seeded random streams and a (time, priority,
 * sequence) order, so a seed and a list of actions fix the whole run: what the app replays and what tests rely on.
 */
class DeterminismTest {
    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    /** The chapter's story (scale, delete, lose a node, wait, force delete, reconnect), traced event by event. */
    private static String traceOfChapterStory(long seed) {
        Simulation sim = Simulation.chapterCluster(seed, Profile.MODERN);
        Kubectl kubectl = new Kubectl(sim);
        StringBuilder sb = new StringBuilder();
        sim.engine().addObserver(e -> sb.append(e.timeMillis()).append(' ').append(e.label()).append('\n'));
        sim.watch(e -> sb.append("watch ").append(e.type()).append(' ').append(e.kind()).append(' ')
                .append(e.object().getMetadata().getNamespace()).append('/').append(e.object().getMetadata().getName())
                .append(' ').append(e.object().getMetadata().getResourceVersion()).append(' ').append(json(e.object()))
                .append('\n'));

        sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(1));
        sim.actions().scale("default", "kubia", 3);
        sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(1));
        sim.actions().deletePod("default", "kubia-1");
        sim.runFor(Duration.ofSeconds(5));
        sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(2));
        String lostNode = kubectl.pod("kubia-0").getSpec().getNodeName();
        sb.append("lost ").append(lostNode).append('\n');
        sim.actions().disconnectNode(lostNode);
        sim.runFor(Duration.ofMinutes(8));
        sim.actions().forceDeletePod("default", "kubia-0");
        sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(1));
        sim.actions().reconnectNode(lostNode);
        sim.runFor(Duration.ofMinutes(2));
        sb.append(kubectl.podsWide());
        return sb.toString();
    }

    /** The whole object as JSON, so uids, timestamps, IPs and statuses are compared too, not only names. */
    private static String json(HasMetadata object) {
        return JSON.asJson(object);
    }

    private static String nodeOfKubia0(long seed) {
        Simulation sim = Simulation.chapterCluster(seed, Profile.MODERN);
        Kubectl kubectl = new Kubectl(sim);
        sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(1));
        return kubectl.pod("kubia-0").getSpec().getNodeName();
    }

    // Same seed, same actions: byte-for-byte identical traces (engine events and every watch event with its
    // resourceVersion), twice in one JVM.
    @Test
    void sameSeedAndActionsGiveTheSameTrace() {
        String first = traceOfChapterStory(7);
        String second = traceOfChapterStory(7);
        // ~11 virtual minutes: about 400 engine events and 400 watch events (each with the full object)
        assertThat(first.lines().count()).isGreaterThan(700);
        assertThat(first.length()).isGreaterThan(150_000);
        assertThat(first).contains("watch DELETED Pod default/kubia-0", "watch ADDED Pod default/kubia-2", "kubelet-tick",
                "taint-evict default/kubia-0", "kubelet-relist");
        assertThat(second).isEqualTo(first);
    }

    // The seed matters: a different seed changes the random streams (kubelet phases, scheduler tie-breaks, uids).
    @Test
    void differentSeedsGiveDifferentTraces() {
        assertThat(traceOfChapterStory(8)).isNotEqualTo(traceOfChapterStory(7));
        TreeSet<String> placements = new TreeSet<>();
        for (long seed = 1; seed <= 6; seed++) {
            placements.add(nodeOfKubia0(seed));
        }
        assertThat(placements).hasSizeGreaterThan(1);
    }
}
