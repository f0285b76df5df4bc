package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.cluster.print.PvcPrinter;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.List;

/** What `kubectl get ...` prints for the simulated cluster, for assertions in tests. */
final class Kubectl {
    private final Simulation sim;

    Kubectl(Simulation sim) {
        this.sim = sim;
    }

    List<Pod> podList() {
        return sim.api().list(Pod.class, Kinds.POD, "default");
    }

    String pods() {
        return PodPrinter.table(podList(), sim.now(), false);
    }

    String podsWide() {
        return PodPrinter.table(podList(), sim.now(), true);
    }

    String pvc() {
        return new PvcPrinter(false).table(sim.api().list(PersistentVolumeClaim.class, Kinds.PVC, "default"), sim.now(), false);
    }

    String nodes() {
        return NodePrinter.table(sim.api().list(Node.class, Kinds.NODE, null), sim.now(), false);
    }

    Pod pod(String name) {
        return sim.api().get(Pod.class, Kinds.POD, "default", name);
    }

    PersistentVolumeClaim claim(String name) {
        return sim.api().get(PersistentVolumeClaim.class, Kinds.PVC, "default", name);
    }

    Node node(String name) {
        return sim.api().get(Node.class, Kinds.NODE, null, name);
    }

    Endpoints endpoints(String name) {
        return sim.api().get(Endpoints.class, Kinds.ENDPOINTS, "default", name);
    }

    /** The pod exists, is not terminating, and is Running and Ready. */
    boolean healthy(String pod) {
        return healthy(pod(pod));
    }

    static boolean healthy(Pod p) {
        return p != null && !Pods.isTerminating(p) && Pods.isRunningAndReady(p);
    }

    /** One line per pod: NAME READY STATUS NODE, like the traces' state files. */
    String podSummary() {
        StringBuilder sb = new StringBuilder();
        for (Pod p : podList()) {
            sb.append(p.getMetadata().getName()).append(' ').append(PodPrinter.ready(p)).append(' ')
                    .append(PodPrinter.status(p)).append(' ')
                    .append(p.getSpec().getNodeName() == null ? "<none>" : p.getSpec().getNodeName()).append('\n');
        }
        return sb.toString();
    }
}
