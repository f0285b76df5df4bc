package dev.stsviz.sim.apps;

import dev.stsviz.cluster.Dns;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.console.HttpReply;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.context.VolumeLocation;
import dev.stsviz.sim.kubelet.Kubelet;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

import java.util.Random;
import java.util.function.Function;

/**
 * The chapter's apps, answering HTTP inside the simulation. luksa/kubia-pet: GET answers "You've hit <host>" and
 * the contents of /var/data/kubia.txt, POST stores the body there (on the pod's volume, so it outlives the pod;
 * where that volume physically is decides whether the pod finds it again on another node).
 * luksa/kubia-pet-peers: GET / also asks every peer found by an SRV lookup of kubia.default.svc.cluster.local for
 * its /data. luksa/kubia: just "You've hit <host>". (Kubernetes in Action, chapter 10 sources, app.js.)
 */
public final class KubiaApps {
    static final String DATA_FILE = "/var/data/kubia.txt";
    private final SimContext sim;
    /** The kubelet running on a node, by node name (null for none). */
    private final Function<String, Kubelet> kubelets;
    private final Random peersOrder;

    public KubiaApps(SimContext sim, Function<String, Kubelet> kubelets) {
        this.sim = sim;
        this.kubelets = kubelets;
        this.peersOrder = sim.engine().random().stream("apps.peers");
    }

    /** Whether the pod's container has started and runs on a node the API server can reach. */
    HttpReply reachable(Pod pod, int port) {
        String ip = pod.getStatus() == null ? null : pod.getStatus().getPodIP();
        if (ip == null || ip.isEmpty()) {
            return ProxyErrors.badRequest("address not allowed");
        }
        Kubelet kubelet = kubelets.apply(pod.getSpec().getNodeName());
        String target = ip + ":" + port;
        if (kubelet == null || !kubelet.isConnected()) {
            return ProxyErrors.serviceUnavailable("error trying to reach service: dial tcp " + target + ": i/o timeout");
        }
        if (!kubelet.serves(pod.getMetadata().getUid()) || image(pod) == null) {
            return ProxyErrors.serviceUnavailable("error trying to reach service: dial tcp " + target + ": connect: connection refused");
        }
        return null;
    }

    HttpReply handle(Pod pod, int port, String method, String path, String body) {
        HttpReply unreachable = reachable(pod, port);
        if (unreachable != null) {
            return unreachable;
        }
        String image = image(pod);
        String host = pod.getSpec().getHostname() != null ? pod.getSpec().getHostname() : pod.getMetadata().getName();
        boolean peers = image.startsWith("luksa/kubia-pet-peers");
        boolean pet = image.startsWith("luksa/kubia-pet");
        if ("POST".equals(method) && pet) {
            write(pod, body);
            return new HttpReply(200, "Data stored on pod " + host + "\n");
        }
        if (!pet) {
            return new HttpReply(200, "You've hit " + host + "\n");
        }
        if (peers && "/data".equals(path)) {
            return new HttpReply(200, read(pod));
        }
        if (peers) {
            return new HttpReply(200, "You've hit " + host + "\nData stored in the cluster:\n" + peerData());
        }
        return new HttpReply(200, "You've hit " + host + "\nData stored on this pod: " + read(pod) + "\n");
    }

    /** The peers version's SRV lookup, then GET /data from each peer. */
    private String peerData() {
        Service service = sim.api().get(Service.class, Kinds.SERVICE, "default", "kubia");
        Endpoints endpoints = sim.api().get(Endpoints.class, Kinds.ENDPOINTS, "default", "kubia");
        Dns.Answer answer = Dns.srv("kubia.default.svc.cluster.local", service, endpoints, peersOrder);
        if (!answer.found()) {
            return "No peers discovered.";
        }
        StringBuilder sb = new StringBuilder();
        for (Dns.SrvRecord record : answer.srv()) {
            String target = record.target().substring(0, record.target().length() - 1);
            Pod peer = sim.api().get(Pod.class, Kinds.POD, "default", target.substring(0, target.indexOf('.')));
            String data = peer == null || reachable(peer, 8080) != null ? "" : read(peer);
            sb.append("- ").append(target).append(": ").append(data).append('\n');
        }
        return sb.toString();
    }

    private static String image(Pod pod) {
        for (Container c : pod.getSpec().getContainers()) {
            String image = c.getImage() == null ? "" : c.getImage().replaceFirst("^docker\\.io/", "");
            if (image.startsWith("luksa/kubia")) {
                return image;
            }
        }
        return null;
    }

    private String read(Pod pod) {
        return sim.disks().read(volumeOf(pod), DATA_FILE).orElse("No data posted yet");
    }

    private void write(Pod pod, String body) {
        sim.disks().write(volumeOf(pod), DATA_FILE, body);
    }

    /**
     * Where the pod's /var/data physically is: the PV behind the volume mounted there, as seen from the pod's node
     * (a hostPath PV is that node's directory), or else the container's own filesystem.
     */
    private VolumeLocation volumeOf(Pod pod) {
        String node = pod.getSpec().getNodeName();
        for (Container c : pod.getSpec().getContainers()) {
            for (VolumeMount m : c.getVolumeMounts()) {
                if (!DATA_FILE.startsWith(m.getMountPath().endsWith("/") ? m.getMountPath() : m.getMountPath() + "/")) {
                    continue;
                }
                for (Volume v : pod.getSpec().getVolumes()) {
                    if (v.getName().equals(m.getName()) && v.getPersistentVolumeClaim() != null) {
                        PersistentVolumeClaim pvc = sim.api().get(PersistentVolumeClaim.class, Kinds.PVC,
                                pod.getMetadata().getNamespace(), v.getPersistentVolumeClaim().getClaimName());
                        PersistentVolume pv = pvc == null || pvc.getSpec().getVolumeName() == null ? null
                                : sim.api().get(PersistentVolume.class, Kinds.PV, null, pvc.getSpec().getVolumeName());
                        if (pv != null) {
                            return VolumeLocation.of(pv, node);
                        }
                    }
                }
            }
        }
        return VolumeLocation.onNode(node, "container " + pod.getMetadata().getUid());
    }
}
