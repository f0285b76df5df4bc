package dev.stsviz.console;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.print.PodPrinter;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** kubectl apply, create, scale, delete, patch, set image, cordon, uncordon and taint, with their errors. */
class WriteCommandsTest {
    private final ConsoleFixture f = new ConsoleFixture();

    private StatefulSet set() {
        return f.sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia");
    }

    private Pod pod(String name) {
        return f.sim.api().get(Pod.class, Kinds.POD, "default", name);
    }

    private Node node(String name) {
        return f.sim.api().get(Node.class, Kinds.NODE, null, name);
    }

    @Test
    void applyCreatesConfiguresOrLeavesUnchanged() {
        assertThat(f.ok("kubectl apply -f manifests/kubia-statefulset.yaml")).isEqualTo("statefulset.apps/kubia unchanged\n");
        assertThat(f.ok("kubectl apply -f manifests/kubia-service-public.yaml")).isEqualTo("service/kubia-public created\n");
        assertThat(f.ok("kubectl apply -f manifests/kubia-statefulset-peers.yaml")).isEqualTo("statefulset.apps/kubia configured\n");
        assertThat(set().getSpec().getReplicas()).isEqualTo(3);
        assertThat(f.ok("kubectl create -f manifests/persistent-volumes-hostpath.yaml"))
                .isEqualTo("persistentvolume/pv-a created\npersistentvolume/pv-b created\npersistentvolume/pv-c created\n");
    }

    @Test
    void applyADirectoryTakesItsManifestsInNameOrder(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("manifests/kubia-service-public.yaml"), dir.resolve("b.yaml"));
        Files.copy(Path.of("manifests/persistent-volumes-hostpath.yaml"), dir.resolve("a.yml"));
        Files.writeString(dir.resolve("notes.txt"), "not a manifest");
        ConsoleFixture g = new ConsoleFixture(dev.stsviz.sim.context.Profile.MODERN, dir);
        assertThat(g.ok("kubectl apply -f .")).isEqualTo("persistentvolume/pv-a created\npersistentvolume/pv-b created\n"
                + "persistentvolume/pv-c created\nservice/kubia-public created\n");
    }

    @Test
    void fileErrors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: [unclosed\n");
        Files.writeString(dir.resolve("nokind.yaml"), "apiVersion: v1\nmetadata:\n  name: x\n");
        ConsoleFixture g = new ConsoleFixture(dev.stsviz.sim.context.Profile.MODERN, dir);
        assertThat(g.fails("kubectl apply -f nope.yaml")).isEqualTo("error: the path \"nope.yaml\" does not exist");
        assertThat(g.fails("kubectl apply -f bad.yaml")).startsWith("error: error parsing bad.yaml: ");
        assertThat(g.fails("kubectl apply -f nokind.yaml")).isEqualTo("error: error validating \"nokind.yaml\": error validating data: kind not set");
        assertThat(g.fails("kubectl apply")).startsWith("error: must specify one of -f and -k");
        assertThat(f.fails("kubectl create -f manifests/kubia-service-headless.yaml"))
                .isEqualTo("Error from server (AlreadyExists): services \"kubia\" already exists");
    }

    @Test
    void scaleAndItsErrors() {
        assertThat(f.ok("kubectl scale sts kubia --replicas=3")).isEqualTo("statefulset.apps/kubia scaled\n");
        assertThat(set().getSpec().getReplicas()).isEqualTo(3);
        assertThat(f.ok("kubectl scale statefulset kubia --replicas 1")).isEqualTo("statefulset.apps/kubia scaled\n");
        assertThat(f.fails("kubectl scale sts kubia --replicas=abc")).startsWith(
                "error: invalid argument \"abc\" for \"--replicas\" flag: strconv.ParseInt: parsing \"abc\": invalid syntax");
        assertThat(f.fails("kubectl scale sts kubia --replicas=-1")).startsWith("error: The --replicas=COUNT flag is required");
        assertThat(f.fails("kubectl scale sts kubia")).isEqualTo("error: required flag(s) \"replicas\" not set");
        assertThat(f.fails("kubectl scale sts nope --replicas=2")).isEqualTo("Error from server (NotFound): statefulsets.apps \"nope\" not found");
        assertThat(f.fails("kubectl scale sts")).isEqualTo("error: resource(s) were provided, but no name was specified");
    }

    @Test
    void deleteWaitsForThePodToGoUnlessToldNotTo() {
        long before = f.sim.engine().nowMillis();
        assertThat(f.ok("kubectl delete pod kubia-0")).isEqualTo("pod \"kubia-0\" deleted\n");
        // luksa/kubia-pet ignores SIGTERM: kubectl waited out the 30 s grace period
        assertThat(f.sim.engine().nowMillis() - before).isBetween(30_000L, 32_000L);
        f.sim.runFor(Duration.ofSeconds(10));
        assertThat(f.ok("kubectl delete pod kubia-1 --wait=false")).isEqualTo("pod \"kubia-1\" deleted\n");
        assertThat(PodPrinter.status(pod("kubia-1"))).isEqualTo("Terminating");
    }

    @Test
    void deleteWaitsForTheDeletedPodNotForItsName() {
        // a live backend polls: by the time it looks, the StatefulSet has already made a new pod of the same name
        ConsoleBackend polling = new ForwardingBackend(f.backend) {
            @Override
            public boolean waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) {
                for (Duration waited = Duration.ZERO; waited.compareTo(timeout) < 0; waited = waited.plusSeconds(40)) {
                    inner.advance(Duration.ofSeconds(40));
                    if (condition.getAsBoolean()) {
                        return true;
                    }
                }
                return false;
            }
        };
        Console console = new Console(polling, java.nio.file.Path.of("."));
        long before = f.sim.engine().nowMillis();
        CommandResult result = console.execute("kubectl delete pod kubia-0");
        assertThat(result.output()).isEqualTo("pod \"kubia-0\" deleted\n");
        assertThat(pod("kubia-0")).as("the StatefulSet's new kubia-0").isNotNull();
        assertThat(f.sim.engine().nowMillis() - before).as("one poll after the old pod went").isEqualTo(40_000L);
    }

    @Test
    void forceDeleteWarnsAndRemovesAtOnce() {
        assertThat(f.ok("kubectl delete pod kubia-1 --force --grace-period 0")).isEqualTo(
                "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. "
                        + "The resource may continue to run on the cluster indefinitely.\npod \"kubia-1\" force deleted\n");
        assertThat(f.fails("kubectl delete pod kubia-0 --grace-period=0")).isEqualTo("error: --grace-period=0 must have --force specified");
        assertThat(f.fails("kubectl delete pod kubia-7")).isEqualTo("Error from server (NotFound): pods \"kubia-7\" not found");
        assertThat(f.fails("kubectl delete pod kubia-0 --grace-period=soon")).startsWith("error: invalid argument \"soon\"");
    }

    @Test
    void deleteOtherKinds() {
        assertThat(f.ok("kubectl delete pvc data-kubia-1 --wait=false")).isEqualTo("persistentvolumeclaim \"data-kubia-1\" deleted\n");
        assertThat(f.ok("kubectl get pvc data-kubia-1")).contains("Terminating"); // kubia-1 still uses it
        assertThat(f.ok("kubectl delete sts kubia")).isEqualTo("statefulset.apps \"kubia\" deleted\n");
        assertThat(f.ok("kubectl delete node minikube-m03")).isEqualTo("node \"minikube-m03\" deleted\n");
        assertThat(node("minikube-m03")).isNull();
    }

    @Test
    void patchAndSetImage() {
        assertThat(f.ok("kubectl patch sts kubia -p '{\"spec\":{\"replicas\":3}}'")).isEqualTo("statefulset.apps/kubia patched\n");
        assertThat(set().getSpec().getReplicas()).isEqualTo(3);
        assertThat(f.ok("kubectl patch sts kubia --type merge -p '{\"spec\":{\"replicas\":3}}'"))
                .isEqualTo("statefulset.apps/kubia patched (no change)\n");
        assertThat(f.fails("kubectl patch sts kubia -p '{not json'")).startsWith("error: unable to parse \"{not json\"");
        assertThat(f.ok("kubectl set image sts/kubia kubia=luksa/kubia-pet-peers")).isEqualTo("statefulset.apps/kubia image updated\n");
        var container = set().getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getImage()).isEqualTo("luksa/kubia-pet-peers");
        assertThat(container.getVolumeMounts()).hasSize(1); // strategic merge kept the rest of the container
        assertThat(f.fails("kubectl set image sts/kubia nginx=nginx")).isEqualTo("error: unable to find container named \"nginx\"");
    }

    @Test
    void cordonUncordonAndTaint() {
        assertThat(f.ok("kubectl cordon minikube-m02")).isEqualTo("node/minikube-m02 cordoned\n");
        assertThat(f.ok("kubectl cordon minikube-m02")).isEqualTo("node/minikube-m02 already cordoned\n");
        assertThat(f.ok("kubectl get nodes minikube-m02")).contains("Ready,SchedulingDisabled");
        assertThat(f.ok("kubectl uncordon minikube-m02")).isEqualTo("node/minikube-m02 uncordoned\n");
        assertThat(f.fails("kubectl cordon nowhere")).isEqualTo("Error from server (NotFound): nodes \"nowhere\" not found");
        assertThat(f.ok("kubectl taint nodes minikube-m03 node.kubernetes.io/out-of-service=nodeshutdown:NoExecute"))
                .isEqualTo("node/minikube-m03 tainted\n");
        assertThat(node("minikube-m03").getSpec().getTaints()).extracting(t -> t.getKey() + "=" + t.getValue() + ":" + t.getEffect())
                .containsExactly("node.kubernetes.io/out-of-service=nodeshutdown:NoExecute");
        assertThat(f.fails("kubectl taint nodes minikube-m03 node.kubernetes.io/out-of-service=x:NoExecute")).contains("already has");
        assertThat(f.ok("kubectl taint nodes minikube-m03 node.kubernetes.io/out-of-service:NoExecute-")).isEqualTo("node/minikube-m03 untainted\n");
        assertThat(f.fails("kubectl taint nodes minikube-m03 dedicated=x:Sometimes")).contains("unknown taint effect");
    }
}
