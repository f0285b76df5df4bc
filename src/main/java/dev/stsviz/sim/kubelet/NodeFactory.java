package dev.stsviz.sim.kubelet;

import dev.stsviz.cluster.Timestamps;
import dev.stsviz.sim.context.ClusterPreset;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeConditionBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A Node object as a node of the simulated kind of cluster registers itself. */
final class NodeFactory {
    static Node create(ClusterPreset preset, String name, int index, boolean primary, List<Taint> taints,
                       String kubeletVersion, Instant now) {
        Map<String, String> labels = preset.nodeLabels(name, primary);
        Map<String, Quantity> capacity = new TreeMap<>();
        capacity.put("cpu", new Quantity("2"));
        capacity.put("ephemeral-storage", new Quantity("102626232Ki"));
        capacity.put("memory", new Quantity("8008424Ki"));
        capacity.put("pods", new Quantity("110"));
        return new NodeBuilder()
                .withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .withNewSpec().withPodCIDR(preset.podCidr(index)).withPodCIDRs(preset.podCidr(index)).withTaints(taints).endSpec()
                .withNewStatus()
                .addNewAddress().withType("InternalIP").withAddress(preset.internalIp(index)).endAddress()
                .addNewAddress().withType("Hostname").withAddress(name).endAddress()
                .withCapacity(capacity)
                .withAllocatable(capacity)
                .withConditions(healthyConditions(now, now))
                .withNewNodeInfo()
                .withArchitecture("amd64").withOperatingSystem("linux")
                .withOsImage(preset.osImage()).withKernelVersion(preset.kernelVersion())
                .withContainerRuntimeVersion(preset.containerRuntimeVersion())
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

    private NodeFactory() {
    }
}
