package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachmentBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeAttachmentPrinterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:20:00Z");

    private static VolumeAttachment attachment(String name, String pv, String node, Boolean attached, Duration age) {
        VolumeAttachmentBuilder b = new VolumeAttachmentBuilder()
                .withNewMetadata().withName(name).withCreationTimestamp(NOW.minus(age).toString()).endMetadata()
                .withNewSpec().withAttacher("pd.csi.storage.gke.io").withNodeName(node)
                .withNewSource().withPersistentVolumeName(pv).endSource().endSpec();
        if (attached != null) {
            b.withNewStatus().withAttached(attached).endStatus();
        }
        return b.build();
    }

    @Test
    void listingHasKubectlsColumnsAndPrintsAttachedAsAGoBool() {
        String table = VolumeAttachmentPrinter.table(List.of(
                attachment("csi-1d38c6274c2ee88512da96d7d1a542c5aa1f7f0fa17acfee2164cf81d0254811",
                        "pvc-09123597-ba2e-4a22-92a4-2bf8fd760aa4", "gke-kubia-default-pool-1f8e2c3a-j39v", true, Duration.ofMinutes(14)),
                attachment("csi-5d33ecf30b65188951070b8a31951ac93f3c129da3f61c6391884048e9d799c8",
                        "pvc-365ebc85-217d-4a75-8d5f-f335c0456b72", "gke-kubia-default-pool-1f8e2c3a-tvep", false, Duration.ofSeconds(3))),
                NOW);
        assertThat(table).isEqualTo("""
                NAME                                                                   ATTACHER                PV                                         NODE                                   ATTACHED   AGE
                csi-1d38c6274c2ee88512da96d7d1a542c5aa1f7f0fa17acfee2164cf81d0254811   pd.csi.storage.gke.io   pvc-09123597-ba2e-4a22-92a4-2bf8fd760aa4   gke-kubia-default-pool-1f8e2c3a-j39v   true       14m
                csi-5d33ecf30b65188951070b8a31951ac93f3c129da3f61c6391884048e9d799c8   pd.csi.storage.gke.io   pvc-365ebc85-217d-4a75-8d5f-f335c0456b72   gke-kubia-default-pool-1f8e2c3a-tvep   false      3s
                """);
    }

    @Test
    void noStatusOrSourceIsGosZeroValues() {
        VolumeAttachment bare = new VolumeAttachmentBuilder().withNewMetadata().withName("va").endMetadata().build();
        assertThat(VolumeAttachmentPrinter.headers()).containsExactly("Name", "Attacher", "PV", "Node", "Attached", "Age");
        assertThat(VolumeAttachmentPrinter.cells(bare, NOW)).containsExactly("va", "", "", "", "false", "<unknown>");
    }
}
