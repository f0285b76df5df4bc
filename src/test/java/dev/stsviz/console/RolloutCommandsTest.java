package dev.stsviz.console;

import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kubectl rollout history and undo on the simulator. The expected texts are what kubectl 1.32 printed against a
 * Kubernetes 1.24.10 control plane after the same commands on the chapter's StatefulSet.
 */
class RolloutCommandsTest {
    private static final String REVISION_1 = """
            statefulset.apps/kubia with revision #1
            Pod Template:
              Labels:\tapp=kubia
              Containers:
               kubia:
                Image:\tluksa/kubia-pet
                Port:\t8080/TCP
                Host Port:\t0/TCP
                Environment:\t<none>
                Mounts:
                  /var/data from data (rw)
              Volumes:\t<none>
              Node-Selectors:\t<none>
              Tolerations:\t<none>

            """;

    private final ConsoleFixture f = new ConsoleFixture();

    @Test
    void historyListsTheRevisionsAndPrintsOnesTemplate() {
        f.ok("kubectl set image sts/kubia kubia=luksa/kubia-pet-peers");
        f.ok("sim wait 1s");
        assertThat(f.ok("kubectl rollout history sts kubia")).isEqualTo("""
                statefulset.apps/kubia\s
                REVISION  CHANGE-CAUSE
                1         <none>
                2         <none>

                """);
        assertThat(f.ok("kubectl rollout history statefulset/kubia --revision=1")).isEqualTo(REVISION_1);
        assertThat(f.ok("kubectl rollout history sts kubia --revision 2")).contains("Image:\tluksa/kubia-pet-peers\n");
        assertThat(f.fails("kubectl rollout history sts kubia --revision=7")).isEqualTo("error: unable to find the specified revision");
        assertThat(f.fails("kubectl rollout history sts nope")).isEqualTo("Error from server (NotFound): statefulsets.apps \"nope\" not found");
        assertThat(f.fails("kubectl rollout history pod kubia-0")).isEqualTo("error: no history viewer has been implemented for \"Pod\"");
        assertThat(f.fails("kubectl rollout history sts kubia --revision=abc")).isEqualTo(
                "Error: invalid argument \"abc\" for \"--revision\" flag: strconv.ParseInt: parsing \"abc\": invalid syntax\n"
                        + "See 'kubectl rollout history --help' for usage.");
    }

    @Test
    void getControllerRevisionsPrintsKubectlsColumns() {
        f.ok("kubectl set image sts/kubia kubia=luksa/kubia-pet-peers");
        f.ok("sim wait 1s");
        assertThat(f.ok("kubectl get controllerrevisions")).matches("""
                NAME               CONTROLLER               REVISION   AGE
                kubia-79f85d87d4   statefulset.apps/kubia   2          \\d+s
                kubia-c94bcb69b    statefulset.apps/kubia   1          \\d+s
                """);
        assertThat(f.ok("kubectl get controllerrevision kubia-c94bcb69b -o name")).isEqualTo("controllerrevision.apps/kubia-c94bcb69b\n");
    }

    @Test
    void undoGoesBackToThePreviousTemplateAndRenumbersIt() {
        assertThat(f.fails("kubectl rollout undo sts kubia")).isEqualTo("error: no last revision to roll back to");
        f.ok("kubectl set image sts/kubia kubia=luksa/kubia-pet-peers");
        f.ok("sim wait 1s");
        assertThat(f.ok("kubectl rollout undo sts kubia --to-revision=2"))
                .isEqualTo("statefulset.apps/kubia skipped rollback (current template already matches revision 2)\n");
        assertThat(f.fails("kubectl rollout undo sts kubia --to-revision=9")).isEqualTo("error: unable to find specified revision 9 in history");
        assertThat(f.ok("kubectl rollout undo sts kubia")).isEqualTo("statefulset.apps/kubia rolled back\n");
        f.ok("sim wait 1s");
        assertThat(image()).isEqualTo("luksa/kubia-pet");
        // the controller renumbers the old revision rather than creating a third one
        assertThat(f.ok("kubectl rollout history sts kubia")).isEqualTo("""
                statefulset.apps/kubia\s
                REVISION  CHANGE-CAUSE
                2         <none>
                3         <none>

                """);
        assertThat(f.ok("kubectl rollout history sts kubia --revision=3")).isEqualTo(REVISION_1.replace("#1", "#3"));
        assertThat(set().getStatus().getUpdateRevision()).isEqualTo("kubia-c94bcb69b");
        f.ok("kubectl rollout status sts kubia");
        assertThat(f.ok("kubectl rollout undo sts kubia --to-revision=3"))
                .isEqualTo("statefulset.apps/kubia skipped rollback (current template already matches revision 3)\n");
    }

    private StatefulSet set() {
        return f.sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia");
    }

    private String image() {
        return set().getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }
}
