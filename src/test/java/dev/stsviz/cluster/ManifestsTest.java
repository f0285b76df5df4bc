package dev.stsviz.cluster;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chapter's kinds are read straight into their classes; the result is what the model's own deserializer gives. */
class ManifestsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void everyBundledManifestReadsAsTheModelsPolymorphicDeserializerReadsIt() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("manifests"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(Manifests.parse(text, file.toString())).as(file.toString()).isEqualTo(generic(text));
        }
    }

    @Test
    void otherKindsAndVersionsStillGoThroughTheModelsDeserializer() {
        List<HasMetadata> objects = Manifests.parse("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {a: b}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: kubia}
                spec: {replicas: 2, serviceName: kubia}
                """, "inline");
        assertThat(objects).extracting(HasMetadata::getKind).containsExactly("ConfigMap", "StatefulSet");
        assertThat(((StatefulSet) objects.get(1)).getSpec().getReplicas()).isEqualTo(2);
        assertThatThrownBy(() -> Manifests.parse("apiVersion: v1\nmetadata: {name: x}\n", "bad.yaml"))
                .hasMessage("error: error validating \"bad.yaml\": error validating data: kind not set");
    }

    private static List<HasMetadata> generic(String text) throws Exception {
        List<HasMetadata> out = new ArrayList<>();
        var it = YAML.readValues(YAML.getFactory().createParser(text), JsonNode.class);
        while (it.hasNext()) {
            JsonNode node = it.next();
            if (node == null || node.isEmpty()) {
                continue;
            }
            KubernetesResource resource = YAML.treeToValue(node, KubernetesResource.class);
            if (resource instanceof io.fabric8.kubernetes.api.model.KubernetesList list) {
                out.addAll(list.getItems());
            } else {
                out.add((HasMetadata) resource);
            }
        }
        return out;
    }
}
