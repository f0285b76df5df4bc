package dev.stsviz.console;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Pod;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** curl through kubectl proxy to the chapter's app, dig SRV, kubectl run ... -- dig, and the sim verbs. */
class NetworkAndSimCommandsTest {
    private static final String POD0 = "localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/";
    private final ConsoleFixture f = new ConsoleFixture();

    @Test
    void curlTalksToTheAppThroughTheApiServerAndDataLivesOnTheNodesHostPath() {
        assertThat(f.ok("kubectl proxy")).isEqualTo("Starting to serve on 127.0.0.1:8001\n");
        assertThat(f.ok("curl " + POD0)).isEqualTo("You've hit kubia-0\nData stored on this pod: No data posted yet\n");
        assertThat(f.ok("curl -X POST " + POD0 + " -d \"This is a request for kubia-0 pod.\"")).isEqualTo("Data stored on pod kubia-0\n");
        assertThat(f.ok("curl " + POD0)).isEqualTo("You've hit kubia-0\nData stored on this pod: This is a request for kubia-0 pod.\n");
        assertThat(f.ok("curl localhost:8001/api/v1/namespaces/default/pods/kubia-1/proxy/"))
                .isEqualTo("You've hit kubia-1\nData stored on this pod: No data posted yet\n");
        String node = f.sim.api().get(Pod.class, Kinds.POD, "default", "kubia-0").getSpec().getNodeName();
        f.ok("kubectl delete pod kubia-0");
        assertThat(f.sim.runUntil(() -> f.ready("kubia-0"), Duration.ofMinutes(1))).isTrue();
        // three minikube nodes and hostPath volumes: this seed's new kubia-0 runs on another node, whose directory is empty
        assertThat(f.sim.api().get(Pod.class, Kinds.POD, "default", "kubia-0").getSpec().getNodeName()).isNotEqualTo(node);
        assertThat(f.ok("curl " + POD0)).isEqualTo("You've hit kubia-0\nData stored on this pod: No data posted yet\n");
    }

    @Test
    void aPodThatIsNotServingFailsAsTheApiServerProxyWould() {
        assertThat(f.ok("curl localhost:8001/api/v1/namespaces/default/pods/kubia-9/proxy/")).contains(
                "\"message\": \"pods \\\"kubia-9\\\" not found\"", "\"reason\": \"NotFound\"", "\"code\": 404");
        f.ok("kubectl scale sts kubia --replicas=3");
        f.sim.runFor(Duration.ofMillis(2500)); // kubia-2 is ContainerCreating
        assertThat(f.ok("curl localhost:8001/api/v1/namespaces/default/pods/kubia-2/proxy/")).contains("\"code\": ");
        f.ok("sim disconnect pod/kubia-0");
        assertThat(f.ok("curl " + POD0)).contains("i/o timeout", "\"code\": 503");
        assertThat(f.run("curl example.com").output()).isEqualTo("curl: (6) Could not resolve host: example.com");
        assertThat(f.run("curl").ok()).isFalse();
    }

    @Test
    void theServiceProxyPicksAReadyPodAndThePeersAppCollectsEveryonesData() {
        f.ok("kubectl create -f manifests/kubia-service-public.yaml");
        f.sim.runFor(Duration.ofSeconds(1));
        assertThat(f.ok("curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/"))
                .matches("You've hit kubia-[01]\nData stored on this pod: No data posted yet\n");
        f.ok("kubectl apply -f manifests/kubia-statefulset-peers.yaml");
        f.ok("kubectl rollout status sts kubia");
        f.sim.runFor(Duration.ofSeconds(1));
        for (String data : new String[] {"Good morning", "Good afternoon", "Some random data"}) {
            assertThat(f.ok("curl -X POST localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/ -d \"" + data + "\""))
                    .matches("Data stored on pod kubia-[012]\n");
        }
        String all = f.ok("curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/");
        assertThat(all).matches("(?s)You've hit kubia-[012]\nData stored in the cluster:\n(- kubia-[012]\\.kubia\\.default\\.svc\\.cluster\\.local: .*\n){3}");
        assertThat(all).contains("Some random data");
        assertThat(f.ok("curl localhost:8001/api/v1/namespaces/default/services/nope/proxy/")).contains("services \\\"nope\\\" not found");
    }

    @Test
    void digAnswersOneSrvRecordPerReadyPod() {
        String dig = f.ok("dig SRV kubia.default.svc.cluster.local");
        assertThat(dig).contains(";; ANSWER SECTION:\n", "status: NOERROR",
                "kubia.default.svc.cluster.local. 30 IN SRV 0 50 80 kubia-0.kubia.default.svc.cluster.local.",
                "kubia.default.svc.cluster.local. 30 IN SRV 0 50 80 kubia-1.kubia.default.svc.cluster.local.",
                ";; ADDITIONAL SECTION:\nkubia-");
        String viaPod = f.ok("kubectl run -it srvlookup --image=tutum/dnsutils --rm --restart=Never -- dig SRV kubia.default.svc.cluster.local");
        assertThat(viaPod).contains("IN SRV 0 50 80 kubia-0").endsWith("pod \"srvlookup\" deleted\n");
        assertThat(f.ok("dig SRV nope.default.svc.cluster.local")).contains("status: NXDOMAIN").doesNotContain("ANSWER SECTION");
        assertThat(f.run("dig kubia.default.svc.cluster.local").ok()).isFalse();
        assertThat(f.fails("kubectl run x --image=busybox -- sleep 10")).contains("only `-- dig SRV");
        assertThat(f.fails("kubectl run x -- dig SRV a")).isEqualTo("error: required flag(s) \"image\" not set");
    }

    @Test
    void simVerbs() {
        assertThat(f.ok("sim time")).startsWith("t=00:00:3");
        assertThat(f.ok("sim wait 90s")).isEmpty();
        assertThat(f.ok("sim time")).startsWith("t=00:02:0");
        assertThat(f.ok("sim disconnect minikube-m02")).startsWith("node/minikube-m02 disconnected");
        assertThat(f.ok("sim wait-until node/minikube-m02 NotReady")).matches("# node/minikube-m02 is NotReady after \\d+s\n");
        assertThat(f.ok("sim reconnect")).isEqualTo("node/minikube-m02 reconnected\n");
        assertThat(f.ok("sim reconnect")).isEqualTo("no node is disconnected\n");
        assertThat(f.ok("sim add-node")).isEqualTo("node/minikube-m04 added\n");
        assertThat(f.ok("sim profile book")).startsWith("profile book: The book's Kubernetes");
        assertThat(f.ok("sim profile")).isEqualTo("profile book\n");
        assertThat(f.ok("kubectl scale sts kubia --replicas=3"));
        assertThat(f.ok("sim wait-until pod/kubia-2 Running --timeout 2m")).startsWith("# pod/kubia-2 is Running after");
        assertThat(f.run("sim wait-until pod/kubia-7 Running --timeout 10s").output())
                .isEqualTo("error: timed out after 10s waiting for pod/kubia-7 to be Running (it is Gone)");
        assertThat(f.fails("sim profile future")).isEqualTo("error: unknown profile \"future\" (expected modern, book or v1.24)");
        assertThat(f.fails("sim disconnect nowhere")).isEqualTo("Error from server (NotFound): nodes \"nowhere\" not found");
        assertThat(f.fails("sim fly")).startsWith("error: unknown sim command \"fly\"");
        assertThat(f.fails("sim wait soon")).startsWith("error: invalid duration \"soon\"");
    }

    @Test
    void bookProfilePrintsThePvcTableAsTheChaptersKubectl() {
        ConsoleFixture book = new ConsoleFixture(Profile.BOOK, java.nio.file.Path.of("").toAbsolutePath());
        assertThat(book.ok("kubectl get pvc")).startsWith("NAME           STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   AGE\n");
        assertThat(f.ok("kubectl get pvc")).contains("STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE");
    }

    @Test
    void helpListsEveryCommandOnOneLineEach() {
        String help = f.ok("help");
        java.util.List<String> lines = help.lines().skip(1).toList();
        for (String verb : java.util.List.of("apply", "get", "describe", "scale", "delete", "patch", "set image", "rollout status",
                "wait", "cordon", "taint", "proxy", "run")) {
            assertThat(lines).as("kubectl " + verb).anyMatch(l -> l.startsWith("  kubectl " + verb));
        }
        for (String verb : java.util.List.of("disconnect", "reconnect", "add-node", "wait", "wait-until", "profile", "time")) {
            assertThat(lines).as("sim " + verb).anyMatch(l -> l.startsWith("  sim " + verb + " ") || l.startsWith("  sim " + verb + "  "));
        }
        assertThat(lines).anyMatch(l -> l.startsWith("  curl ")).anyMatch(l -> l.startsWith("  dig "));
        // one line each: the command, then what it does, in aligned columns
        int column = lines.get(0).indexOf("create or update");
        assertThat(lines).allSatisfy(l -> assertThat(l.substring(0, column)).endsWith("  "));
        assertThat(lines).allSatisfy(l -> assertThat(l.charAt(column)).isNotEqualTo(' '));
    }

    @Test
    void unknownCommandsAndSyntaxErrors() {
        assertThat(f.fails("ls -l")).isEqualTo("stsviz: ls: command not found (the console runs kubectl, curl, dig and sim; help lists them)");
        assertThat(f.fails("kubectl fly")).startsWith("error: unknown command \"fly\" for \"kubectl\"");
        assertThat(f.fails("kubectl patch sts kubia -p '{")).startsWith("stsviz: syntax error: unexpected EOF");
        assertThat(f.fails("kubectl")).contains("a command is required");
    }
}
