package dev.stsviz.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/pets-and-cattle.txt through {@code run} on the simulator: a deleted pod of each workload (the ReplicaSet's
 * replacement has a new generated name, kubia-0 comes back as kubia-0), then kubia-0's node lost (the ReplicaSet
 * replaces its pod there at once with a new name, kubia-0 stays Terminating and is not replaced).
 */
class PetsAndCattleRunTest {
    /** The API server's generateName suffix: five characters of this alphabet. */
    private static final Pattern CATTLE = Pattern.compile("kubia-rs-[bcdfghjklmnpqrstvwxz2456789]{5}");

    @Test
    void cattleGetNewNamesWhilePetsKeepTheirs() {
        CommandLineRun cli = new CommandLineRun();
        assertThat(cli.execute("run", "docs/pets-and-cattle.txt")).as(cli.err()).isZero();
        List<Map<String, String>> listings = podListings(cli.out());
        assertThat(listings).hasSize(3);
        Map<String, String> first = listings.get(0);
        Map<String, String> afterDelete = listings.get(1);
        Map<String, String> afterNodeLoss = listings.get(2);

        List<String> cattle = cattle(first);
        assertThat(cattle).hasSize(3).contains("kubia-rs-dnt5t"); // the pod the script deletes
        assertThat(first).containsEntry("kubia-0", "Running");

        // deleted: the ReplicaSet's pod is replaced under a name never seen before; kubia-0 is kubia-0 again
        assertThat(afterDelete).doesNotContainKey("kubia-rs-dnt5t").containsEntry("kubia-0", "Running");
        List<String> replacements = cattle(afterDelete).stream().filter(n -> !first.containsKey(n)).toList();
        assertThat(replacements).hasSize(1);
        assertThat(cattle(afterDelete)).hasSize(3);

        // node lost: kubia-0 stuck Terminating and not replaced; the cattle on that node replaced at once, new names
        assertThat(afterNodeLoss).containsEntry("kubia-0", "Terminating");
        assertThat(afterNodeLoss.keySet().stream().filter(n -> n.matches("kubia-\\d+"))).containsExactly("kubia-0", "kubia-1", "kubia-2");
        List<String> stuck = cattle(afterNodeLoss).stream().filter(n -> afterNodeLoss.get(n).equals("Terminating")).toList();
        List<String> running = cattle(afterNodeLoss).stream().filter(n -> afterNodeLoss.get(n).equals("Running")).toList();
        assertThat(stuck).hasSize(1);
        assertThat(running).hasSize(3); // terminating pods do not count toward the replicas
        assertThat(running.stream().filter(n -> !afterDelete.containsKey(n))).hasSize(1);
    }

    private static List<String> cattle(Map<String, String> pods) {
        List<String> names = new ArrayList<>();
        for (String name : pods.keySet()) {
            if (name.startsWith("kubia-rs-")) {
                assertThat(name).matches(CATTLE);
                names.add(name);
            }
        }
        return names;
    }

    /** Each "kubectl get pods" output: NAME → STATUS. */
    private static List<Map<String, String>> podListings(String transcript) {
        List<Map<String, String>> listings = new ArrayList<>();
        for (String block : transcript.split("(?m)^\\$ ")) {
            if (!block.startsWith("kubectl get pods")) {
                continue;
            }
            Map<String, String> pods = new LinkedHashMap<>();
            Matcher m = Pattern.compile("(?m)^(kubia-\\S+)\\s+\\d+/\\d+\\s+(\\S+)").matcher(block);
            while (m.find()) {
                pods.put(m.group(1), m.group(2));
            }
            listings.add(pods);
        }
        return listings;
    }
}
