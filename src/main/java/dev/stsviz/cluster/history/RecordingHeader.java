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
 * @param namespace     the namespace the window worked in (the console's default when replaying)
 */
public record RecordingHeader(int version, String source, String context, String serverVersion, String profile, Instant start,
                              String namespace) {
    /** The format version this build writes, and the newest it reads. */
    public static final int CURRENT_VERSION = 1;

    public RecordingHeader {
        source = source == null ? "" : source;
        context = context == null ? "" : context;
        serverVersion = serverVersion == null ? "" : serverVersion;
        profile = profile == null ? "" : profile;
        namespace = namespace == null || namespace.isBlank() ? "default" : namespace;
    }

    /** A header in the "default" namespace. */
    public RecordingHeader(int version, String source, String context, String serverVersion, String profile, Instant start) {
        this(version, source, context, serverVersion, profile, start, "default");
    }

    /** The same header starting at another time (a source that started over starts a new recording). */
    public RecordingHeader startingAt(Instant time) {
        return new RecordingHeader(version, source, context, serverVersion, profile, time, namespace);
    }
}
