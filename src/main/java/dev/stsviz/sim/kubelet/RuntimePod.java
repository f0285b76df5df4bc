package dev.stsviz.sim.kubelet;

import dev.stsviz.sim.engine.ScheduledEvent;

/** What the container runtime on a node knows of one pod: it outlives the API object when the node is cut off. */
final class RuntimePod {
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

    RuntimePod(String uid, String namespace, String name, String ip) {
        this.uid = uid;
        this.namespace = namespace;
        this.name = name;
        this.ip = ip;
    }

    boolean containersAlive() {
        return state == State.CREATING || state == State.RUNNING || state == State.STOPPING;
    }
}
