package dev.stsviz.sim.context;

/** What the simulator knows about container images beyond their name. */
public final class Images {
    /**
     * The chapter's node.js app (luksa/kubia, kubia-pet, kubia-pet-peers) does not handle SIGTERM, so a graceful
     * delete lasts the whole terminationGracePeriodSeconds before the kubelet sends SIGKILL (the chapter waited
     * over a minute for a delete).
     */
    public static boolean ignoresSigterm(String image) {
        return image != null && image.replaceFirst("^docker\\.io/", "").startsWith("luksa/kubia");
    }

    private Images() {
    }
}
