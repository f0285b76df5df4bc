package dev.stsviz.sim.kubelet;

import dev.stsviz.sim.context.AttachableVolumes.Attachable;
import dev.stsviz.sim.engine.ScheduledEvent;

import java.util.List;

/** What the container runtime on a node knows of one pod: it outlives the API object when the node is cut off. */
final class RuntimePod {
    /** ADMITTED: accepted, its sandbox not created yet (waiting for volumes to be attached and mounted). */
    enum State { ADMITTED, CREATING, RUNNING, STOPPING, STOPPED }

    final String uid;
    final String namespace;
    final String name;
    final String ip;
    State state = State.ADMITTED;
    long startedAtMillis = -1;
    long readyAtMillis = -1;
    long finishedAtMillis = -1;
    int exitCode;
    boolean killedBySigkill;
    ScheduledEvent next;
    /** The pod's volumes that must be attached to this node before it can start, found when it was admitted. */
    List<Attachable> volumes = List.of();
    /** True while a sync waits in WaitForAttachAndMount (between two, the pod worker backs off). */
    boolean waitingForVolumes;
    /** The node was reset under this pod: its containers died and start again if the pod is still bound here. */
    boolean rebooted;
    /** How many times the containers were started again, and how the last run ended (lastState.terminated). */
    int restartCount;
    long lastStartedAtMillis = -1;
    long lastFinishedAtMillis = -1;

    RuntimePod(String uid, String namespace, String name, String ip) {
        this.uid = uid;
        this.namespace = namespace;
        this.name = name;
        this.ip = ip;
    }

    boolean containersAlive() {
        return state == State.CREATING || state == State.RUNNING || state == State.STOPPING;
    }

    /** Its attachable volumes count as in use on the node until its containers are gone. */
    boolean usesVolumes() {
        return state != State.STOPPED;
    }

    void cancelTimers() {
        if (next != null) {
            next.cancel();
            next = null;
        }
    }
}
