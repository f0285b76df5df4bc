package dev.stsviz.console;

import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/chapter10-minikube.txt, the chapter's walkthrough of 10.3 and 10.4, against what a real cluster printed when the chapter's notes were
 * written (copied below): pod and PVC tables modulo AGE and generated volume names, curl answers, SRV records modulo
 * order, weight and addresses. The notes' known slips (hand-edited output that no cluster prints) are not reproduced.
 */
class ChapterWalkthroughTest {
    private record Step(String command, String output) {
    }

    /** The chapter's sections 10.3 and 10.4, on the single-node minikube its notes used. */
    private static String transcript(Profile profile, long seed) throws IOException {
        return transcript("docs/chapter10-minikube.txt", profile, seed, ClusterPreset.MINIKUBE, 1);
    }

    private static String transcript(String script, Profile profile, long seed, ClusterPreset cluster, int nodes)
            throws IOException {
        Simulation sim = Simulation.emptyCluster(seed, profile, cluster, nodes);
        SimulationConsoleBackend backend = new SimulationConsoleBackend(sim);
        java.io.StringWriter text = new java.io.StringWriter();
        int exit = new ScriptRunner(new Console(backend, Path.of("").toAbsolutePath()), backend)
                .run(Files.readString(Path.of(script)), new java.io.PrintWriter(text));
        assertThat(exit).as("every line of the walkthrough succeeds").isZero();
        return text.toString();
    }

    private static List<Step> steps(String transcript) {
        List<Step> steps = new ArrayList<>();
        String command = null;
        StringBuilder out = new StringBuilder();
        for (String line : transcript.lines().toList()) {
            if (line.startsWith("$ ")) {
                if (command != null) {
                    steps.add(new Step(command, out.toString()));
                }
                command = line.substring(2);
                out.setLength(0);
            } else {
                out.append(line).append('\n');
            }
        }
        steps.add(new Step(command, out.toString()));
        return steps;
    }

    private static List<String> outputsOf(List<Step> steps, String command) {
        return steps.stream().filter(s -> s.command().equals(command)).map(Step::output).toList();
    }

    /** Replaces the AGE column and generated names so tables compare with the seed's. */
    private static String normalize(String table) {
        return table.replaceAll("pvc-[0-9a-f-]{36}", "pvc-<uid>").replaceAll("\\b\\d+(m\\d+)?s\\b|\\b\\d+m\\b", "<age>")
                .replaceAll(" +", " ").strip();
    }

    @Test
    void theWalkthroughPrintsWhatTheSeedsClusterPrinted() throws IOException {
        List<Step> steps = steps(transcript(Profile.BOOK, 1));

        // 10.3.2: after both pods came up ($ kubectl get pod in the seed)
        List<String> podTables = outputsOf(steps, "kubectl get pod");
        assertThat(podTables).extracting(ChapterWalkthroughTest::normalize).contains(normalize("""
                NAME      READY   STATUS    RESTARTS   AGE
                kubia-0   1/1     Running   0          3m37s
                kubia-1   1/1     Running   0          3m29s
                """));
        // the pods came up one at a time
        assertThat(normalize(podTables.get(0))).isEqualTo(normalize("""
                NAME      READY   STATUS    RESTARTS   AGE
                kubia-0   0/1     Pending   0          1s
                """));

        // $ kubectl get pvc (the chapter's kubectl, without the VOLUMEATTRIBUTESCLASS column of 1.29+)
        assertThat(normalize(outputsOf(steps, "kubectl get pvc").get(0))).isEqualTo(normalize("""
                NAME           STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   AGE
                data-kubia-0   Bound    pvc-9ea59858-ecc9-4549-ba87-4db46e8f1f79   1Mi        RWO            standard       98s
                data-kubia-1   Bound    pvc-7a58e057-beb9-40a8-adc2-8c46043fbce2   1Mi        RWO            standard       92s
                """));

        // 10.3.3: curl through kubectl proxy, answers verbatim
        String pod0 = "curl localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/";
        List<String> gets0 = outputsOf(steps, pod0);
        assertThat(gets0.get(0)).isEqualTo("You've hit kubia-0\nData stored on this pod: No data posted yet\n");
        assertThat(outputsOf(steps, "curl -X POST localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/ "
                + "-d \"This is a request for kubia-0 pod.\"")).containsExactly("Data stored on pod kubia-0\n");
        assertThat(gets0.get(1)).isEqualTo("You've hit kubia-0\nData stored on this pod: This is a request for kubia-0 pod.\n");
        assertThat(outputsOf(steps, "curl localhost:8001/api/v1/namespaces/default/pods/kubia-1/proxy/"))
                .containsExactly("You've hit kubia-1\nData stored on this pod: No data posted yet\n");
        // after the delete, the same name and the same data
        assertThat(gets0.get(2)).isEqualTo("You've hit kubia-0\nData stored on this pod: This is a request for kubia-0 pod.\n");
        // through the public service: a random pod answers (the seed's "kubia-3" was a slip)
        assertThat(outputsOf(steps, "curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/").get(0))
                .matches("You've hit kubia-[01]\nData stored on this pod: (No data posted yet|This is a request for kubia-0 pod\\.)\n");

        // 10.4: SRV records of the two pods, modulo order, weight and addresses
        String dig = outputsOf(steps, "kubectl run -it srvlookup --image=tutum/dnsutils --rm --restart=Never -- dig SRV "
                + "kubia.default.svc.cluster.local").get(0);
        assertThat(srv(dig)).containsExactlyInAnyOrder(
                "kubia.default.svc.cluster.local. 30 IN SRV 0 W 80 kubia-0.kubia.default.svc.cluster.local.",
                "kubia.default.svc.cluster.local. 30 IN SRV 0 W 80 kubia-1.kubia.default.svc.cluster.local.");
        assertThat(aRecords(dig)).containsExactlyInAnyOrder("kubia-0.kubia.default.svc.cluster.local. 30 IN A IP",
                "kubia-1.kubia.default.svc.cluster.local. 30 IN A IP");

        // 10.4.2: the rollout ends as in the seed
        assertThat(outputsOf(steps, "kubectl rollout status statefulset kubia").get(0))
                .contains("Waiting for partitioned roll out to finish: 2 out of 3 new pods have been updated...\n")
                .endsWith("Waiting for 1 pods to be ready...\npartitioned roll out complete: 3 new pods have been updated...\n");

        // 10.4.3: each POST landed on some pod; the GET lists every peer with the data last posted to it
        StringBuilder stored = new StringBuilder();
        for (String data : List.of("Good morning", "Good afternoon", "Some random data")) {
            String answer = outputsOf(steps, "curl -X POST localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/ -d \""
                    + data + "\"").get(0);
            assertThat(answer).matches("Data stored on pod kubia-[012]\n");
            stored.append(answer);
        }
        String cluster = outputsOf(steps, "curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/").get(1);
        assertThat(cluster).matches("(?s)You've hit kubia-[012]\nData stored in the cluster:\n(- kubia-[012]\\.kubia\\.default\\.svc\\.cluster\\.local: [^\n]*\n){3}");
        assertThat(cluster).contains(": Some random data\n");
    }

    @Test
    void onGkeTheLostNodesPodComesBackElsewhereWithItsDiskOnceTheDiskIsDetached() throws IOException {
        for (Profile profile : Profile.values()) {
            List<Step> steps = steps(transcript("docs/chapter10-gke.txt", profile, 1, ClusterPreset.GKE, 0));
            // 10.5.1: evicted after 300 s, the pod stays Terminating (the book's Kubernetes: Unknown)
            assertThat(outputsOf(steps, "kubectl get pods").get(0))
                    .containsPattern("kubia-0   1/1     " + (profile == Profile.BOOK ? "Unknown" : "Terminating"));
            // 10.5.2: force-deleted, it is recreated on another node and waits for the lost node's disk
            assertThat(outputsOf(steps, "kubectl delete pod kubia-0 --force --grace-period 0").get(0))
                    .endsWith("pod \"kubia-0\" force deleted\n");
            String lostNode = nodeOf(outputsOf(steps, "kubectl get pods -o wide").get(0), "kubia-0");
            String waiting = outputsOf(steps, "kubectl get pods -o wide").get(1);
            assertThat(waiting).containsPattern("kubia-0   0/1     ContainerCreating");
            assertThat(nodeOf(waiting, "kubia-0")).isNotEqualTo(lostNode);
            assertThat(outputsOf(steps, "kubectl describe pod kubia-0").get(1)).containsPattern(
                    "Warning  FailedAttachVolume .* attachdetach-controller  Multi-Attach error for volume \"pvc-[0-9a-f-]{36}\" "
                            + "Volume is already exclusively attached to one node and can't be attached to another");
            // the disk is detached from the lost node 6 minutes after the delete, then attached where the pod is
            assertThat(outputsOf(steps, "sim wait-until pod/kubia-0 Ready --timeout 10m").get(0))
                    .matches("# pod/kubia-0 is Ready after (5m[3-5]\\ds|6m[0-2]\\ds)\n");
            assertThat(outputsOf(steps, "curl localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/").get(0))
                    .contains("kubia-0.kubia.default.svc.cluster.local: Data on kubia-0's disk\n");
        }
    }

    /** The NODE column of a pod's line in {@code kubectl get pods -o wide}. */
    private static String nodeOf(String wideTable, String pod) {
        return wideTable.lines().filter(l -> l.startsWith(pod + " ")).findFirst().orElseThrow().split(" +")[6];
    }

    private static List<String> srv(String dig) {
        return matches(dig, "(?m)^kubia\\.default\\.svc\\.cluster\\.local\\. 30 IN SRV 0 \\d+ 80 .*$", " 0 \\d+ 80 ", " 0 W 80 ");
    }

    private static List<String> aRecords(String dig) {
        return matches(dig, "(?m)^kubia-\\d\\..* IN A .*$", "IN A [0-9.]+", "IN A IP");
    }

    private static List<String> matches(String text, String regex, String replace, String with) {
        List<String> result = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            result.add(m.group().replaceAll(replace, with));
        }
        return result;
    }

    @Test
    void theSameSeedGivesTheSameTranscriptAndAnotherSeedMayNot() throws IOException {
        String first = transcript(Profile.MODERN, 42);
        assertThat(transcript(Profile.MODERN, 42)).isEqualTo(first);
        assertThat(first.lines().count()).isGreaterThan(100);
        assertThat(transcript(Profile.MODERN, 43)).isNotEqualTo(first);
    }
}
