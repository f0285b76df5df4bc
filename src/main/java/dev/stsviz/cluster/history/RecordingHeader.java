package dev.stsviz.cluster.history;

import java.time.Instant;

/**
 * A recording's first line: what it was recorded from.
 *
 * @param version       the format's version (a reader refuses newer ones with one clear line)
 * @param source        "simulator" or "live"
 * @param context       the kubeconfig context, or the simulated cluster's name ("gke", "minikube"...)
 * @param serverVersion the API server's version ("v1.24.17") or the simulator's imitated one
 * @param profile       the simulator's profile ("modern", "book"); empty on a live cluster
 * @param start         when the recording started (virtual time on the simulator)
 */
public record RecordingHeader(int version, String source, String context, String serverVersion, String profile, Instant start) {
}
