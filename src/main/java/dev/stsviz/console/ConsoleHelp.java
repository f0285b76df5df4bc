package dev.stsviz.console;

import java.util.List;

/** What {@code help} prints: every command the console runs, one line each, in the order the chapter meets them. */
final class ConsoleHelp {
    private record Entry(String command, String what) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("kubectl apply|create -f FILE", "create or update the objects in a manifest"),
            new Entry("kubectl get pods|pvc|pv|nodes|sts|rs|svc|ep|controllerrevisions [NAME] [-o wide|yaml|json|name] [-l SELECTOR]", "list objects as kubectl prints them"),
            new Entry("kubectl describe pod|node|pvc|sts|rs NAME", "an object's details and its events"),
            new Entry("kubectl scale sts|rs NAME --replicas=N", "change a StatefulSet's or ReplicaSet's replica count"),
            new Entry("kubectl delete pod NAME [--force --grace-period 0]", "delete a pod (gracefully, or at once)"),
            new Entry("kubectl delete -f FILE | TYPE NAME", "delete objects (a set's pods go with it)"),
            new Entry("kubectl patch sts NAME -p JSON", "change part of an object"),
            new Entry("kubectl set image sts/NAME CONTAINER=IMAGE", "start a rolling update"),
            new Entry("kubectl rollout status sts NAME", "wait for a rollout to finish"),
            new Entry("kubectl rollout history sts NAME [--revision=N]", "the set's revisions, or one revision's pod template"),
            new Entry("kubectl rollout undo sts NAME [--to-revision=N]", "go back to the previous (or revision N's) template"),
            new Entry("kubectl wait TYPE/NAME --for=condition=C", "wait for a condition"),
            new Entry("kubectl cordon|uncordon NODE", "mark a node unschedulable / schedulable"),
            new Entry("kubectl taint nodes NODE KEY[=VALUE]:EFFECT[-]", "add or remove a node taint"),
            new Entry("kubectl proxy", "the API server on localhost:8001, for curl"),
            new Entry("kubectl run NAME --image=tutum/dnsutils -it --rm -- dig ...", "dig from a throwaway pod"),
            new Entry("curl [-X METHOD] [-d DATA] URL", "HTTP through kubectl proxy's API-server path to a pod or service"),
            new Entry("dig SRV NAME", "the DNS records of a headless service"),
            new Entry("sim disconnect NODE|pod/POD", "cut a node off the network (simulator, or a live context's fault commands)"),
            new Entry("sim reconnect [NODE]", "bring a node (or every cut-off node) back"),
            new Entry("sim add-node [NAME]", "add a node to the simulated cluster"),
            new Entry("sim wait DURATION", "let virtual time pass, e.g. sim wait 90s"),
            new Entry("sim wait-until TYPE/NAME STATE [--timeout D]", "run until e.g. pod/kubia-1 is Ready (or Gone)"),
            new Entry("sim profile modern|book|v1.24", "the Kubernetes version the simulator imitates"),
            new Entry("sim time", "the virtual clock"),
            new Entry("help", "this list"));

    private ConsoleHelp() {
    }

    static String text() {
        int width = ENTRIES.stream().mapToInt(e -> e.command().length()).max().orElse(0);
        StringBuilder out = new StringBuilder("Commands (one per line; # starts a comment in a script):\n");
        for (Entry e : ENTRIES) {
            out.append("  ").append(e.command()).append(" ".repeat(width - e.command().length() + 2)).append(e.what()).append('\n');
        }
        return out.toString();
    }
}
