package dev.stsviz.sim.context;

/**
 * Component timings in virtual milliseconds. Control-plane values are the defaults of the real
 * kube-controller-manager, kube-scheduler and kubelet flags named beside them;
 * kubelet delays stand for image pull and container start, which depend on the image.
 */
public final class Timings {
    /** The real defaults of every flag: what a cluster does unless its admin changed them. */
    public static Timings defaults() {
        return new Timings();
    }

    /**
     * A test control plane's shortened flags (kubelet status every 2 s, an 8 s lease, node-monitor-grace-period 8 s,
     * node-monitor-period 1 s, 10 s default tolerations and pod-eviction-timeout): a lost node is NotReady within
     * seconds and its pods are evicted 10 s later. The node status report frequency stays at its 5 min default.
     */
    public static Timings fast() {
        Timings t = new Timings();
        t.nodeStatusUpdateFrequency = 2_000;
        t.leaseDurationSeconds = 8;
        t.leaseRenewInterval = t.leaseDurationSeconds * 1000 / 4; // nodelease.NewController: 0.25 x the lease duration
        t.nodeMonitorGracePeriod = 8_000;
        t.nodeMonitorPeriod = 1_000;
        t.defaultTolerationSeconds = 10;
        t.podEvictionTimeout = 10_000;
        return t;
    }

    // Node lifecycle controller (pkg/controller/nodelifecycle): --node-monitor-period, --node-monitor-grace-period,
    // --pod-eviction-timeout (book profile only).
    public long nodeMonitorPeriod = 5_000;
    public long nodeMonitorGracePeriod = 40_000;
    public long podEvictionTimeout = 300_000;
    /** --node-eviction-rate: nodes per second whose pods may be evicted (or NoExecute-tainted) per zone. */
    public double evictionRatePerSecond = 0.1;
    /** DefaultTolerationSeconds admission: not-ready / unreachable NoExecute tolerations. */
    public long defaultTolerationSeconds = 300;

    // Kubelet: --node-lease-duration-seconds, lease renewal (0.25 x the lease duration, as the kubelet computes it),
    // node status loop (--node-status-update-frequency), node status report frequency.
    public long leaseDurationSeconds = 40;
    public long leaseRenewInterval = 10_000;
    public long nodeStatusUpdateFrequency = 10_000;
    public long nodeStatusReportFrequency = 300_000;
    /** How long a kubelet takes to notice a pod bound to it and show ContainerCreating. */
    public long kubeletPodSeenDelay = 500;
    /** Image pull + container start, ContainerCreating to Running. */
    public long containerStartDelay = 2_000;
    /** How long a container that honours SIGTERM takes to exit. */
    public long sigtermExitDelay = 500;
    /**
     * The volume manager's WaitForAttachAndMount ({@code pkg/kubelet/volumemanager/volume_manager.go}): it polls every
     * podAttachAndMountRetryInterval and gives up after podAttachAndMountTimeout (2 min 3 s).
     */
    public long podAttachAndMountRetryInterval = 300;
    public long podAttachAndMountTimeout = 123_000;
    /** The pod worker's backOffPeriod after a failed sync ({@code pkg/kubelet/kubelet.go}), jittered by up to +50 %. */
    public long podSyncBackOff = 10_000;
    /** A reset GKE node's boot, from the reset until its kubelet talks to the API server again. */
    public long nodeBootDelay = 30_000;

    // Control plane reaction latencies (informer + work queue + worker).
    /**
     * One API request's round trip: a controller that writes several times in one sync (Go calls the API one request
     * after another) has each write seen at its own instant, this far apart.
     */
    public long apiRoundTrip = 5;
    public long controllerLatency = 20;
    public long schedulerLatency = 30;
    public long schedulerInitialBackoff = 1_000;
    public long schedulerMaxBackoff = 10_000;
    public long volumeBindLatency = 100;
    public long provisionDelay = 800;
    /** --pvclaimbinder-sync-period: the PV controller re-syncs claims that wait (and repeats their events). */
    public long pvClaimBinderSyncPeriod = 15_000;
    /** kube-scheduler's VolumeBinding bindTimeoutSeconds: how long PreBind waits for the claims to be bound. */
    public long volumeBindTimeout = 600_000;
    public long recycleDelay = 5_000;
    public long podGcPeriod = 20_000;
    public long orphanPodQuarantine = 40_000;

    // Attach/detach controller (pkg/controller/volume/attachdetach): the reconciler's loop period and
    // ReconcilerMaxWaitForUnmountDuration (DefaultTimerConfig).
    public long attachDetachReconcilePeriod = 100;
    public long maxWaitForUnmount = 360_000;
    /** The CSI external-attacher's ControllerPublishVolume: attaching a Compute Engine persistent disk takes seconds. */
    public long diskAttachDelay = 5_000;
    /** ControllerUnpublishVolume: detaching the disk. */
    public long diskDetachDelay = 3_000;
}
