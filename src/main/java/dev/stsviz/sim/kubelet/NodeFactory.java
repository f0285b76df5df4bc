package dev.stsviz.sim.kubelet;

import dev.stsviz.cluster.Timestamps;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeConditionBuilder;
import io.fabric8.kubernetes.api.model.Quantity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A Node object as a minikube (docker driver) node registers itself. */
final class NodeFactory {
    static Node create(String name, int index, boolean primary, String kubeletVersion, Instant now) {
        Map<String, String> labels = new TreeMap<>();
        labels.put("beta.kubernetes.io/arch", "amd64");
        labels.put("beta.kubernetes.io/os", "linux");
        labels.put("kubernetes.io/arch", "amd64");
        labels.put("kubernetes.io/hostname", name);
        labels.put("kubernetes.io/os", "linux");
        labels.put("minikube.k8s.io/name", "minikube");
        labels.put("minikube.k8s.io/primary", Boolean.toString(primary));
        if (primary) {
            labels.put("node-role.kubernetes.io/control-plane", "");
        }
        Map<String, Quantity> capacity = new TreeMap<>();
        capacity.put("cpu", new Quantity("2"));
        capacity.put("ephemeral-storage", new Quantity("102626232Ki"));
        capacity.put("memory", new Quantity("8008424Ki"));
        capacity.put("pods", new Quantity("110"));
        return new NodeBuilder()
                .withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .withNewSpec().withPodCIDR(podCidr(index)).withPodCIDRs(podCidr(index)).endSpec()
                .withNewStatus()
                .addNewAddress().withType("InternalIP").withAddress(internalIp(index)).endAddress()
                .addNewAddress().withType("Hostname").withAddress(name).endAddress()
                .withCapacity(capacity)
                .withAllocatable(capacity)
                .withConditions(healthyConditions(now, now))
                .withNewNodeInfo()
                .withArchitecture("amd64").withOperatingSystem("linux")
                .withOsImage("Ubuntu 22.04.4 LTS").withKernelVersion("5.15.0-1057-gcp")
                .withContainerRuntimeVersion("docker://27.2.0")
                .withKubeletVersion(kubeletVersion).withKubeProxyVersion(kubeletVersion)
                .withMachineID("").withSystemUUID("").withBootID("")
                .endNodeInfo()
                .endStatus()
                .build();
    }

    /** The four conditions a healthy kubelet posts ({@code pkg/kubelet/nodestatus/setters.go}). */
    static List<NodeCondition> healthyConditions(Instant heartbeat, Instant transition) {
        String hb = Timestamps.format(heartbeat);
        String tr = Timestamps.format(transition);
        return List.of(
                condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", hb, tr),
                condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", hb, tr),
                condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", hb, tr),
                condition("Ready", "True", "KubeletReady", "kubelet is posting ready status", hb, tr));
    }

    private static NodeCondition condition(String type, String status, String reason, String message, String hb, String tr) {
        return new NodeConditionBuilder().withType(type).withStatus(status).withReason(reason).withMessage(message)
                .withLastHeartbeatTime(hb).withLastTransitionTime(tr).build();
    }

    static String podCidr(int index) {
        return "10.244." + index + ".0/24";
    }

    static String internalIp(int index) {
        return "192.168.49." + (2 + index);
    }

    private NodeFactory() {
    }
}
