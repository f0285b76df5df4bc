package dev.stsviz.console;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.GkeDisks;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** kubectl get volumeattachments on a simulated GKE cluster whose pods' disks are attached to their nodes. */
class GetVolumeAttachmentsTest {
    private final Simulation sim = GkeDisks.chapterCluster(5, Profile.MODERN, 2);
    private final Console console = new Console(new SimulationConsoleBackend(sim), Path.of("").toAbsolutePath());

    private String ok(String line) {
        CommandResult r = console.execute(line);
        assertThat(r.ok()).as("%s -> %s", line, r.output()).isTrue();
        return r.output();
    }

    @Test
    void listsOneAttachmentPerPodsDiskWithKubectlsColumns() {
        sim.runFor(Duration.ofMinutes(1));
        List<VolumeAttachment> attachments = sim.api().list(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT, null);
        assertThat(attachments).hasSize(2);
        String out = ok("kubectl get volumeattachments");
        assertThat(out.lines().findFirst().orElseThrow()).matches(
                "NAME {67}ATTACHER {16}PV {41}NODE {35}ATTACHED   AGE");
        for (VolumeAttachment va : attachments) {
            assertThat(out).containsPattern(va.getMetadata().getName() + " +pd\\.csi\\.storage\\.gke\\.io +"
                    + va.getSpec().getSource().getPersistentVolumeName() + " +" + va.getSpec().getNodeName() + " +true +\\d+s\\n");
        }
        String name = attachments.get(0).getMetadata().getName();
        assertThat(ok("kubectl get volumeattachment " + name)).hasLineCount(2).contains(name);
        assertThat(ok("kubectl get volumeattachments.storage.k8s.io -o wide")).isEqualTo(out);
        assertThat(ok("kubectl get volumeattachments -o name")).contains("volumeattachment.storage.k8s.io/" + name + "\n");
        CommandResult missing = console.execute("kubectl get volumeattachment csi-nope");
        assertThat(missing.ok()).isFalse();
        assertThat(missing.output()).isEqualTo("Error from server (NotFound): volumeattachments.storage.k8s.io \"csi-nope\" not found");
    }

    @Test
    void noAttachmentsIsAClusterScopedEmptyListing() {
        Simulation minikube = Simulation.chapterCluster(5, Profile.MODERN);
        minikube.runFor(Duration.ofMinutes(1));
        Console c = new Console(new SimulationConsoleBackend(minikube), Path.of("").toAbsolutePath());
        assertThat(c.execute("kubectl get volumeattachments").output()).isEqualTo("No resources found\n");
    }
}
