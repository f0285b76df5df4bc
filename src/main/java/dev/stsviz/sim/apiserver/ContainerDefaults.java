package dev.stsviz.sim.apiserver;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;

/**
 * SetDefaults_Container and the defaults of what a container holds ({@code pkg/apis/core/v1/defaults.go}): pull
 * policy, termination message, port protocol, probe timings, HTTP probe scheme and path, field references' API
 * version. They show in {@code -o yaml} and in a StatefulSet's revision data, whose hash they change.
 */
final class ContainerDefaults {
    static void apply(Container c) {
        if (c.getImagePullPolicy() == null) {
            c.setImagePullPolicy("latest".equals(tag(c.getImage())) ? "Always" : "IfNotPresent");
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
        for (Probe probe : new Probe[] {c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe()}) {
            probe(probe);
        }
        for (EnvVar env : c.getEnv()) {
            if (env.getValueFrom() != null && env.getValueFrom().getFieldRef() != null
                    && env.getValueFrom().getFieldRef().getApiVersion() == null) {
                env.getValueFrom().getFieldRef().setApiVersion("v1");
            }
        }
    }

    /** SetDefaults_Probe and SetDefaults_HTTPGetAction. */
    private static void probe(Probe probe) {
        if (probe == null) {
            return;
        }
        if (zero(probe.getTimeoutSeconds())) {
            probe.setTimeoutSeconds(1);
        }
        if (zero(probe.getPeriodSeconds())) {
            probe.setPeriodSeconds(10);
        }
        if (zero(probe.getSuccessThreshold())) {
            probe.setSuccessThreshold(1);
        }
        if (zero(probe.getFailureThreshold())) {
            probe.setFailureThreshold(3);
        }
        if (probe.getHttpGet() != null) {
            if (probe.getHttpGet().getPath() == null || probe.getHttpGet().getPath().isEmpty()) {
                probe.getHttpGet().setPath("/");
            }
            if (probe.getHttpGet().getScheme() == null || probe.getHttpGet().getScheme().isEmpty()) {
                probe.getHttpGet().setScheme("HTTP");
            }
        }
    }

    /** These are plain int32 fields upstream: unset and 0 are the same thing. */
    private static boolean zero(Integer value) {
        return value == null || value == 0;
    }

    /** parsers.ParseImageName's tag: after the last path segment's colon, "latest" when neither tag nor digest is given. */
    static String tag(String image) {
        if (image == null || image.contains("@")) {
            return "";
        }
        String last = image.substring(image.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        return colon < 0 ? "latest" : last.substring(colon + 1);
    }

    private ContainerDefaults() {
    }
}
