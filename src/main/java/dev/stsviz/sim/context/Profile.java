package dev.stsviz.sim.context;

/** Which Kubernetes the simulator imitates when a node is lost. */
public enum Profile {
    /**
     * Kubernetes 1.27 and later: taint-based eviction. The node gets node.kubernetes.io/unreachable NoSchedule and
     * NoExecute taints; its pods tolerate NoExecute for 300 s, then are deleted and print Terminating.
     */
    MODERN("modern", "v1.31.0",
            "Kubernetes 1.27+: taint-based eviction; pods on a lost node print Terminating 300 s after it goes NotReady."),
    /**
     * The chapter's Kubernetes (1.26 and older, taint manager off): pod-eviction-timeout (5 min from the node's last
     * heartbeat), then the node controller sets reason NodeLost and deletes the pod, which prints Unknown.
     */
    BOOK("book", "v1.24.10",
            "The book's Kubernetes (<=1.26): 5 min after the last heartbeat pods get reason NodeLost and print Unknown.");

    private final String id;
    private final String kubeletVersion;
    private final String explanation;

    Profile(String id, String kubeletVersion, String explanation) {
        this.id = id;
        this.kubeletVersion = kubeletVersion;
        this.explanation = explanation;
    }

    public String id() {
        return id;
    }

    public String kubeletVersion() {
        return kubeletVersion;
    }

    /** One line a teacher can read out: how this profile differs from the other. */
    public String explanation() {
        return explanation;
    }

    public boolean taintBasedEviction() {
        return this == MODERN;
    }

    public static Profile parse(String id) {
        for (Profile p : values()) {
            if (p.id.equalsIgnoreCase(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile \"" + id + "\" (expected modern or book)");
    }
}
