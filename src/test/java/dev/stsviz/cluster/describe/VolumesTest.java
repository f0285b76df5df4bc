package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumesTest {

    static String render(List<Volume> volumes, String space) {
        PrefixWriter w = new PrefixWriter();
        Volumes.describe(w, volumes, space);
        return w.render();
    }

    @Test
    void noVolumes() {
        assertThat(render(List.of(), "")).isEqualTo("Volumes:  <none>\n");
        assertThat(render(null, "  ")).isEqualTo("  Volumes:  <none>\n");
    }

    @Test
    void emptyDirHostPathConfigMapAndSecret() {
        List<Volume> volumes = List.of(
                new VolumeBuilder().withName("tmp").withNewEmptyDir().endEmptyDir().build(),
                new VolumeBuilder().withName("cache").withNewEmptyDir().withMedium("Memory")
                        .withSizeLimit(new Quantity("64Mi")).endEmptyDir().build(),
                new VolumeBuilder().withName("host").withNewHostPath().withPath("/var/log").endHostPath().build(),
                new VolumeBuilder().withName("cfg").withNewConfigMap().withName("app-config").endConfigMap().build(),
                new VolumeBuilder().withName("tls").withNewSecret().withSecretName("tls").withOptional(true).endSecret().build());

        assertThat(render(volumes, "")).isEqualTo("""
                Volumes:
                  tmp:
                    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
                    Medium:    \s
                    SizeLimit:  <unset>
                  cache:
                    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
                    Medium:     Memory
                    SizeLimit:  64Mi
                  host:
                    Type:          HostPath (bare host directory volume)
                    Path:          /var/log
                    HostPathType:  <none>
                  cfg:
                    Type:      ConfigMap (a volume populated by a ConfigMap)
                    Name:      app-config
                    Optional:  false
                  tls:
                    Type:        Secret (a volume populated by a Secret)
                    SecretName:  tls
                    Optional:    true
                """);
    }

    @Test
    void templateVolumeNamesGetAnExtraSpace() {
        Volume v = new VolumeBuilder().withName("data").withNewPersistentVolumeClaim().withClaimName("c").withReadOnly(true)
                .endPersistentVolumeClaim().build();
        assertThat(render(List.of(v), "  ")).startsWith("  Volumes:\n   data:\n    Type:       PersistentVolumeClaim")
                .endsWith("    ReadOnly:   true\n");
    }

    @Test
    void projectedSecretsAndSetOptionalFlags() {
        Volume v = new VolumeBuilder().withName("p").withNewProjected()
                .addNewSource().withNewSecret().withName("s").endSecret().endSource()
                .addNewSource().withNewConfigMap().withName("m").withOptional(false).endConfigMap().endSource()
                .addNewSource().withNewServiceAccountToken().withPath("token").endServiceAccountToken().endSource()
                .endProjected().build();
        assertThat(render(List.of(v), "")).isEqualTo("""
                Volumes:
                  p:
                    Type:                    Projected (a volume that contains injected data from multiple sources)
                    SecretName:              s
                    SecretOptionalName:      <nil>
                    ConfigMapName:           m
                    ConfigMapOptional:       false
                    TokenExpirationSeconds:  3600
                """);
    }

    @Test
    void ephemeralVolumesDescribeTheirClaimTemplateNested() {
        Volume v = new VolumeBuilder().withName("scratch").withNewEphemeral().withNewVolumeClaimTemplate()
                .withNewSpec().withStorageClassName("fast").withAccessModes("ReadWriteOnce")
                    .withNewResources().addToRequests("storage", new Quantity("1Gi")).endResources().endSpec()
                .endVolumeClaimTemplate().endEphemeral().build();

        // the nested writer prefixes continuation values too ("    <none>"), as kubectl's does
        assertThat(render(List.of(v), "")).isEqualTo("""
                Volumes:
                  scratch:
                    Type:          EphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)
                    StorageClass:  fast
                    Volume:       \s
                    Labels:            <none>
                    Annotations:       <none>
                    Capacity:     \s
                    Access Modes: \s
                """);
    }

    @Test
    void csiDownwardApiNfsImageAndUnknown() {
        List<Volume> volumes = List.of(
                new VolumeBuilder().withName("csi").withNewCsi().withDriver("ebs.csi.aws.com")
                        .addToVolumeAttributes("b", "2").addToVolumeAttributes("a", "1").endCsi().build(),
                new VolumeBuilder().withName("info").withNewDownwardAPI().addNewItem().withPath("labels")
                        .withNewFieldRef().withFieldPath("metadata.labels").endFieldRef().endItem().endDownwardAPI().build(),
                new VolumeBuilder().withName("nfs").withNewNfs().withServer("nfs.local").withPath("/export").endNfs().build(),
                new VolumeBuilder().withName("img").withNewImage().withReference("quay.io/data:1").withPullPolicy("IfNotPresent")
                        .endImage().build(),
                new VolumeBuilder().withName("old").withNewGcePersistentDisk().withPdName("disk").endGcePersistentDisk().build());

        assertThat(render(volumes, "")).isEqualTo("""
                Volumes:
                  csi:
                    Type:              CSI (a Container Storage Interface (CSI) volume source)
                    Driver:            ebs.csi.aws.com
                    FSType:           \s
                    ReadOnly:          false
                    VolumeAttributes:      a=1
                                           b=2
                  info:
                    Type:  DownwardAPI (a volume populated by information about the pod)
                    Items:
                      metadata.labels -> labels
                  nfs:
                    Type:      NFS (an NFS mount that lasts the lifetime of a pod)
                    Server:    nfs.local
                    Path:      /export
                    ReadOnly:  false
                  img:
                    Type:        Image (a container image or OCI artifact)
                    Reference:   quay.io/data:1
                    PullPolicy:  IfNotPresent
                  old:
                  <unknown>
                """);
    }
}
