package dev.stsviz.app;

import dev.stsviz.cluster.history.RecordingHeader;
import dev.stsviz.live.LiveSession;
import dev.stsviz.sim.context.Profile;

import java.time.Instant;

/** The header of a recording made from each kind of source: what it was recorded from, and when it started. */
final class RecordingHeaders {
    private RecordingHeaders() {
    }

    /** The simulator: the simulated cluster's kind as context, the profile and the Kubernetes version it imitates. */
    static RecordingHeader simulator(String cluster, Profile profile, Instant start) {
        return new RecordingHeader(RecordingHeader.CURRENT_VERSION, "simulator", cluster, profile.kubeletVersion(), profile.id(), start, "default");
    }

    /** A live cluster: its context, namespace and server version (asked of the server: may block). */
    static RecordingHeader live(LiveSession session, Instant start) {
        return new RecordingHeader(RecordingHeader.CURRENT_VERSION, "live", session.context(), session.serverVersion(), "", start,
                session.namespace());
    }

    /** Whether the console prints kubectl's VOLUMEATTRIBUTESCLASS column for a recording (as the recorded profile's kubectl did). */
    static boolean printsVolumeAttributesClass(RecordingHeader header) {
        if (!"simulator".equals(header.source())) {
            return true;
        }
        try {
            return Profile.parse(header.profile()).has(Profile.Capability.VOLUME_ATTRIBUTES_CLASS);
        } catch (IllegalArgumentException unknownProfile) {
            return true;
        }
    }
}
