package dev.stsviz.console;

import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.Pod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter's ReplicaSet beside its StatefulSet in the console: get rs under every name (kubectl's DESIRED /
 * CURRENT / READY columns, -o wide's selector, -o yaml, -l), describe rs, scale rs and delete rs, whose pods the
 * garbage collector removes after it.
 */
class ReplicaSetCommandsTest {
    private static final String POD = "kubia-rs-[bcdfghjklmnpqrstvwxz2456789]{5}";
    private final ConsoleFixture f = new ConsoleFixture();

    @BeforeEach
    void theReplicaSetIsUp() {
        assertThat(f.ok("kubectl apply -f manifests/kubia-replicaset.yaml"))
                .isEqualTo("replicaset.apps/kubia-rs created\npersistentvolumeclaim/kubia-shared created\n");
        f.ok("sim wait 60s");
    }

    @Test
    void getListsItUnderEveryNameWithKubectlsColumns() {
        String expected = """
                NAME       DESIRED   CURRENT   READY   AGE
                kubia-rs   3         3         3       60s
                """;
        for (String name : List.of("rs", "replicaset", "replicasets", "replicasets.apps", "rs/kubia-rs")) {
            assertThat(f.ok("kubectl get " + name)).as(name).isEqualTo(expected);
        }
        assertThat(f.ok("kubectl get rs kubia-rs -o wide")).isEqualTo("""
                NAME       DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES            SELECTOR
                kubia-rs   3         3         3       60s   kubia        luksa/kubia-pet   app=kubia-rs
                """);
        assertThat(f.ok("kubectl get rs -o name")).isEqualTo("replicaset.apps/kubia-rs\n");
        assertThat(f.ok("kubectl get rs kubia-rs -o yaml")).startsWith("apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:")
                .contains("  name: kubia-rs", "claimName: kubia-shared", "readyReplicas: 3");
        assertThat(f.fails("kubectl get rs kubia")).isEqualTo("Error from server (NotFound): replicasets.apps \"kubia\" not found");
    }

    @Test
    void getPodsListsBothWorkloadsAndASelectorNarrowsThem() {
        List<String> all = names(f.ok("kubectl get pods"));
        assertThat(all).hasSize(5).startsWith("kubia-0", "kubia-1");
        assertThat(all.subList(2, 5)).allMatch(n -> n.matches(POD)).isSorted();
        assertThat(names(f.ok("kubectl get pods -l app=kubia-rs"))).isEqualTo(all.subList(2, 5));
        assertThat(names(f.ok("kubectl get pods -l app!=kubia-rs"))).containsExactly("kubia-0", "kubia-1");
        assertThat(names(f.ok("kubectl get pods --selector 'app in (kubia, kubia-rs)'"))).isEqualTo(all);
        assertThat(names(f.ok("kubectl get pods -l app,!statefulset.kubernetes.io/pod-name"))).isEqualTo(all.subList(2, 5));
        assertThat(f.ok("kubectl get rs -l app=kubia")).isEqualTo("No resources found in default namespace.\n");
        assertThat(f.fails("kubectl get pod kubia-0 -l app=kubia")).isEqualTo("error: name cannot be provided when a selector is specified");
    }

    @Test
    void describeFollowsKubectlsReplicaSetDescriber() {
        String out = f.ok("kubectl describe rs kubia-rs");
        assertThat(out).startsWith("""
                Name:         kubia-rs
                Namespace:    default
                Selector:     app=kubia-rs
                Labels:       <none>
                Annotations:  <none>
                Replicas:     3 current / 3 desired
                Pods Status:  3 Running / 0 Waiting / 0 Succeeded / 0 Failed
                Pod Template:
                  Labels:  app=kubia-rs
                """).contains("""
                  Volumes:
                   data:
                    Type:          PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
                    ClaimName:     kubia-shared
                """).doesNotContain("CreationTimestamp", "Conditions:");
        assertThat(out.lines().filter(l -> l.matches("  Normal  SuccessfulCreate  60s   replicaset-controller  Created pod: " + POD)))
                .hasSize(3);
        assertThat(f.ok("kubectl describe replicaset/kubia-rs")).isEqualTo(out);
    }

    @Test
    void scaleChangesItsReplicasAndDeleteTakesItsPodsAlong() {
        assertThat(f.ok("kubectl scale rs kubia-rs --replicas=1")).isEqualTo("replicaset.apps/kubia-rs scaled\n");
        f.ok("sim wait 60s");
        assertThat(f.ok("kubectl get rs")).contains("kubia-rs   1         1         1       2m");
        assertThat(rsPods()).hasSize(1);
        assertThat(f.fails("kubectl scale rs kubia --replicas=1")).contains("\"kubia\" not found");

        assertThat(f.ok("kubectl delete rs kubia-rs")).isEqualTo("replicaset.apps \"kubia-rs\" deleted\n");
        assertThat(f.ok("kubectl get rs")).isEqualTo("No resources found in default namespace.\n");
        f.ok("sim wait 60s");
        assertThat(rsPods()).as("the garbage collector deletes the pods the ReplicaSet owned").isEmpty();
        assertThat(names(f.ok("kubectl get pods"))).containsExactly("kubia-0", "kubia-1");
    }

    @Test
    void helpNamesTheReplicaSetCommands() {
        assertThat(f.ok("help")).contains("kubectl describe pod|node|pvc|sts|rs NAME", "kubectl scale sts|rs NAME --replicas=N");
    }

    private List<Pod> rsPods() {
        return f.sim.api().list(Pod.class, Kinds.POD, "default").stream()
                .filter(p -> p.getMetadata().getName().startsWith("kubia-rs-")).toList();
    }

    private static List<String> names(String table) {
        return table.lines().skip(1).map(l -> l.split("\\s+")[0]).toList();
    }
}
