package dev.stsviz.sim.kubelet;

import dev.stsviz.cluster.Timestamps;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodIPBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The pod status a kubelet reports for a runtime state ({@code pkg/kubelet/kubelet_pods.go} generateAPIPodStatus,
 * {@code pkg/kubelet/status/generate.go}). Conditions keep their lastTransitionTime while their status holds.
 */
final class PodStatuses {
    static PodStatus generate(Pod pod, RuntimePod runtime, String hostIp, Instant epoch, Instant nowInstant,
                                boolean readyToStartCondition, boolean terminalPhaseWhenStopped) {
        PodStatus old = pod.getStatus();
        boolean running = runtime.state == RuntimePod.State.RUNNING || runtime.state == RuntimePod.State.STOPPING;
        // up to 1.26, getPhase keeps a pod whose containers all stopped Running under restartPolicy Always, also while
        // it is deleted (kubectl then prints Terminating); from 1.27 a deleted pod's stopped containers end its phase
        boolean stoppedForGood = runtime.state == RuntimePod.State.STOPPED
                && (terminalPhaseWhenStopped || !"Always".equals(pod.getSpec().getRestartPolicy()));
        boolean stopped = runtime.state == RuntimePod.State.STOPPED;
        boolean ready = running && runtime.readyAtMillis >= 0; // a terminating container stays ready until it exits
        String now = Timestamps.format(nowInstant);
        List<ContainerStatus> containers = new ArrayList<>();
        for (Container c : pod.getSpec().getContainers()) {
            ContainerStatusBuilder b = new ContainerStatusBuilder()
                    .withName(c.getName()).withImage(c.getImage())
                    .withRestartCount(runtime.restartCount).withReady(ready).withStarted(running);
            String containerId = "docker://" + fakeDigest(runtime.uid + c.getName() + (runtime.restartCount == 0 ? "" : "#" + runtime.restartCount));
            if (running || stopped) {
                b.withImageID("docker-pullable://" + c.getImage() + "@sha256:" + fakeDigest(c.getImage()))
                        .withContainerID(containerId);
            } else {
                b.withImageID("");
            }
            if (runtime.restartCount > 0) {
                // the run a node reset killed: the runtime lost its exit status
                String previousId = "docker://" + fakeDigest(runtime.uid + c.getName() + (runtime.restartCount == 1 ? "" : "#" + (runtime.restartCount - 1)));
                b.withNewLastState().withNewTerminated()
                        .withExitCode(255).withReason("Unknown")
                        .withStartedAt(at(epoch, runtime.lastStartedAtMillis))
                        .withFinishedAt(at(epoch, runtime.lastFinishedAtMillis))
                        .withContainerID(previousId)
                        .endTerminated().endLastState();
            }
            if (running) {
                b.withNewState().withNewRunning().withStartedAt(at(epoch, runtime.startedAtMillis)).endRunning().endState();
            } else if (stopped) {
                b.withNewState().withNewTerminated()
                        .withExitCode(runtime.exitCode)
                        .withReason(runtime.exitCode == 0 ? "Completed" : "Error")
                        .withStartedAt(runtime.startedAtMillis >= 0 ? at(epoch, runtime.startedAtMillis) : null)
                        .withFinishedAt(at(epoch, runtime.finishedAtMillis))
                        .withContainerID(containerId)
                        .endTerminated().endState();
            } else {
                b.withNewState().withNewWaiting().withReason("ContainerCreating").endWaiting().endState();
            }
            containers.add(b.build());
        }
        // getPhase: a container waiting after a run that ended counts as stopped, and with restartPolicy Always the pod runs
        String phase = stoppedForGood ? (runtime.exitCode == 0 ? "Succeeded" : "Failed")
                : running || stopped || runtime.restartCount > 0 ? "Running" : "Pending";
        String unready = "containers with unready status: [" + String.join(" ",
                pod.getSpec().getContainers().stream().map(Container::getName).toList()) + "]";
        List<PodCondition> conditions = new ArrayList<>();
        if (readyToStartCondition) {
            // no sandbox yet while the volumes are being attached and mounted
            boolean sandbox = !stopped && runtime.state != RuntimePod.State.ADMITTED;
            conditions.add(condition(old, "PodReadyToStartContainers", sandbox ? "True" : "False", null, null, now));
        }
        conditions.add(condition(old, "Initialized", "True", null, null, now));
        conditions.add(condition(old, "Ready", ready ? "True" : "False",
                ready ? null : (stoppedForGood ? "PodCompleted" : "ContainersNotReady"), ready || stoppedForGood ? null : unready, now));
        conditions.add(condition(old, "ContainersReady", ready ? "True" : "False",
                ready ? null : (stoppedForGood ? "PodCompleted" : "ContainersNotReady"), ready || stoppedForGood ? null : unready, now));
        conditions.add(condition(old, "PodScheduled", "True", null, null, now));
        for (PodCondition c : old == null ? List.<PodCondition>of() : old.getConditions()) {
            if ("DisruptionTarget".equals(c.getType())) {
                conditions.add(c); // owned by the control plane, kept as is
            }
        }
        PodStatusBuilder status = new PodStatusBuilder()
                .withPhase(phase)
                .withConditions(conditions)
                .withHostIP(hostIp)
                .withHostIPs(new io.fabric8.kubernetes.api.model.HostIPBuilder().withIp(hostIp).build())
                .withStartTime(old != null && old.getStartTime() != null ? old.getStartTime() : now)
                .withContainerStatuses(containers)
                .withQosClass("BestEffort");
        if (runtime.state != RuntimePod.State.ADMITTED && runtime.state != RuntimePod.State.CREATING) {
            status.withPodIP(runtime.ip).withPodIPs(new PodIPBuilder().withIp(runtime.ip).build());
        }
        if (old != null) {
            status.withReason(old.getReason()).withMessage(old.getMessage());
        }
        return status.build();
    }

    private static PodCondition condition(PodStatus old, String type, String status, String reason, String message,
                                          String now) {
        String transition = now;
        if (old != null) {
            for (PodCondition c : old.getConditions()) {
                if (type.equals(c.getType()) && status.equals(c.getStatus()) && c.getLastTransitionTime() != null) {
                    transition = c.getLastTransitionTime();
                }
            }
        }
        return new PodConditionBuilder().withType(type).withStatus(status).withReason(reason).withMessage(message)
                .withLastTransitionTime(transition).build();
    }

    private static String at(Instant epoch, long millis) {
        return Timestamps.format(epoch.plusMillis(millis));
    }

    static String fakeDigest(String seed) {
        long h = 0xcbf29ce484222325L;
        for (char ch : seed.toCharArray()) {
            h = (h ^ ch) * 0x100000001b3L;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(String.format("%016x", h));
            h = h * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        }
        return sb.toString();
    }

    private PodStatuses() {
    }
}
