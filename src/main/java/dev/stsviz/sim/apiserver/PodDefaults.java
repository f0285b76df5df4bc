package dev.stsviz.sim.apiserver;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;

/** The v1 pod defaults ({@code pkg/apis/core/v1/defaults.go}) that kubectl describe and -o yaml show. */
final class PodDefaults {
    static void apply(PodSpec spec) {
        if (spec.getTerminationGracePeriodSeconds() == null) {
            spec.setTerminationGracePeriodSeconds(30L);
        }
        if (spec.getRestartPolicy() == null) {
            spec.setRestartPolicy("Always");
        }
        if (spec.getDnsPolicy() == null) {
            spec.setDnsPolicy("ClusterFirst");
        }
        if (spec.getSchedulerName() == null) {
            spec.setSchedulerName("default-scheduler");
        }
        if (spec.getServiceAccountName() == null) {
            spec.setServiceAccountName("default");
        }
        if (spec.getEnableServiceLinks() == null) {
            spec.setEnableServiceLinks(true);
        }
        if (spec.getPriority() == null) {
            spec.setPriority(0);
        }
        for (Container c : spec.getContainers()) {
            if (c.getImagePullPolicy() == null) {
                c.setImagePullPolicy(c.getImage() != null && (c.getImage().endsWith(":latest") || !c.getImage().contains(":"))
                        ? "Always" : "IfNotPresent");
            }
            if (c.getTerminationMessagePath() == null) {
                c.setTerminationMessagePath("/dev/termination-log");
            }
            if (c.getTerminationMessagePolicy() == null) {
                c.setTerminationMessagePolicy("File");
            }
            for (ContainerPort p : c.getPorts()) {
                if (p.getProtocol() == null) {
                    p.setProtocol("TCP");
                }
            }
        }
    }

    private PodDefaults() {
    }
}
