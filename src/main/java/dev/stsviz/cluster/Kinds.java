package dev.stsviz.cluster;

import java.util.Set;

/** The kind names this app deals with, as the API spells them. */
public final class Kinds {
    public static final String POD = "Pod";
    public static final String NODE = "Node";
    public static final String PVC = "PersistentVolumeClaim";
    public static final String PV = "PersistentVolume";
    public static final String STATEFUL_SET = "StatefulSet";
    public static final String REPLICA_SET = "ReplicaSet";
    public static final String SERVICE = "Service";
    public static final String ENDPOINTS = "Endpoints";
    public static final String ENDPOINT_SLICE = "EndpointSlice";
    public static final String EVENT = "Event";
    public static final String LEASE = "Lease";
    public static final String STORAGE_CLASS = "StorageClass";
    public static final String CONTROLLER_REVISION = "ControllerRevision";
    public static final String VOLUME_ATTACHMENT = "VolumeAttachment";

    private static final Set<String> CLUSTER_SCOPED = Set.of(NODE, PV, STORAGE_CLASS, VOLUME_ATTACHMENT);

    public static boolean isClusterScoped(String kind) {
        return CLUSTER_SCOPED.contains(kind);
    }

    private Kinds() {
    }
}
