package dev.stsviz.cluster;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * The node lifecycle and taint eviction settings a source's control plane runs with, so that a wait can say how long
 * it lasts: a silent node goes NotReady {@code nodeMonitorGracePeriod} after its last heartbeat, its pods are evicted
 * when their NoExecute toleration runs out (modern) or {@code podEvictionTimeout} after that heartbeat (the book's
 * Kubernetes, taint manager off). The simulator knows its settings and its controllers' timers, so its countdowns are
 * {@code exact}; a live cluster's are estimated from object timestamps and the kube-controller-manager defaults.
 *
 * @param nodeMonitorGracePeriod   --node-monitor-grace-period
 * @param podEvictionTimeout       --pod-eviction-timeout (used without taint-based eviction only)
 * @param defaultTolerationSeconds the DefaultTolerationSeconds admission plugin's not-ready / unreachable toleration
 * @param leaseRenewInterval       how often a kubelet renews its node Lease
 * @param taintBasedEviction       pods are evicted by NoExecute taints (Kubernetes 1.27+ always)
 * @param exact                    countdowns come from the controllers' own timers; false: estimated, shown with "~"
 * @param ignoresSigterm           by image: the container is known to ignore SIGTERM, so a graceful delete lasts the
 *                                 whole grace period; false where nothing is known
 */
public record ControllerClocks(Duration nodeMonitorGracePeriod, Duration podEvictionTimeout, long defaultTolerationSeconds,
                               Duration leaseRenewInterval, boolean taintBasedEviction, boolean exact,
                               Predicate<String> ignoresSigterm) {

    /**
     * A live cluster: kube-controller-manager's and the kubelet's defaults (node-monitor-grace-period 40 s, 50 s from
     * 1.32), estimated, and nothing known about how an image handles SIGTERM.
     */
    public static final ControllerClocks LIVE_DEFAULTS = new ControllerClocks(Duration.ofSeconds(40), Duration.ofMinutes(5),
            300, Duration.ofSeconds(10), true, false, image -> false);

    /** The same settings, counted from object timestamps (marked "~"): what a past moment offers, its timers unrecorded. */
    public ControllerClocks estimated() {
        return exact ? new ControllerClocks(nodeMonitorGracePeriod, podEvictionTimeout, defaultTolerationSeconds, leaseRenewInterval,
                taintBasedEviction, false, ignoresSigterm) : this;
    }

    /** "~" before an estimated figure, nothing before an exact one. */
    public String about() {
        return exact ? "" : "~";
    }
}
