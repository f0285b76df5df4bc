package dev.stsviz.sim.apiserver;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;

/**
 * The v1 pod defaults ({@code pkg/apis/core/v1/defaults.go}) that kubectl describe and -o yaml show. A pod template
 * gets only PodSpec's and Container's defaults; a pod also those of SetDefaults_Pod and of the admission plugins
 * (ServiceAccount, Priority), which is why a StatefulSet's template has no serviceAccountName but its pods do.
 */
final class PodDefaults {
    /** What a pod gets on top of {@link #apply}. */
    static void applyPodOnly(PodSpec spec) {
        if (spec.getServiceAccountName() == null) {
            spec.setServiceAccountName("default");
        }
        if (spec.getEnableServiceLinks() == null) {
            spec.setEnableServiceLinks(true);
        }
        if (spec.getPriority() == null) {
            spec.setPriority(0);
        }
    }

    /** SetDefaults_PodSpec and SetDefaults_Container: a pod's and a pod template's. */
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
        if (spec.getSecurityContext() == null) {
            spec.setSecurityContext(new PodSecurityContext());
        }
        for (Container c : spec.getInitContainers()) {
            ContainerDefaults.apply(c);
        }
        for (Container c : spec.getContainers()) {
            ContainerDefaults.apply(c);
        }
        VolumeDefaults.apply(spec.getVolumes());
    }

    private PodDefaults() {
    }
}
