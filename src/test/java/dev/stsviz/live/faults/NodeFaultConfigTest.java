package dev.stsviz.live.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeFaultConfigTest {
    /** The example from NodeFaultConfig's Javadoc (and the README). */
    static final String EXAMPLE = """
            contexts:
              minikube:
                preset: minikube-pause        # or give the commands:
              my-cluster:
                disconnect: ["ssh", "{node}", "sudo", "ip", "link", "set", "eth0", "down"]
                reconnect: ["ssh", "{node}", "sudo", "ip", "link", "set", "eth0", "up"]
                vars: {zone: europe-west1-b}
            """;

    @TempDir
    Path dir;

    private NodeFaultConfig write(String yaml) throws IOException {
        Path file = dir.resolve("node-faults.yaml");
        Files.writeString(file, yaml);
        return new NodeFaultConfig(file);
    }

    @Test
    void parsesTheDocumentedExample() throws IOException {
        Map<String, NodeFaultConfig.Entry> entries = write(EXAMPLE).load();
        assertThat(entries).containsOnlyKeys("minikube", "my-cluster");
        assertThat(entries.get("minikube").preset()).isEqualTo("minikube-pause");
        NodeFaultConfig.Entry custom = entries.get("my-cluster");
        assertThat(custom.preset()).isNull();
        assertThat(custom.disconnect()).containsExactly("ssh", "{node}", "sudo", "ip", "link", "set", "eth0", "down");
        assertThat(custom.reconnect()).containsExactly("ssh", "{node}", "sudo", "ip", "link", "set", "eth0", "up");
        assertThat(custom.vars()).containsExactly(Map.entry("zone", "europe-west1-b"));
    }

    @Test
    void resolvesCommandsThroughTheFile() throws IOException {
        NodeFaultConfig config = write(EXAMPLE);
        assertThat(NodeFaultCommands.resolve(ContextInfo.named("minikube"), config)
                .argv("disconnect", "minikube", Set.of("minikube"))).containsExactly("docker", "pause", "minikube");
        assertThat(NodeFaultCommands.resolve(ContextInfo.named("my-cluster"), config)
                .argv("reconnect", "w1", Set.of("w1"))).containsExactly("ssh", "w1", "sudo", "ip", "link", "set", "eth0", "up");
        // a context the file does not mention keeps its detected preset
        assertThat(NodeFaultCommands.resolve(ContextInfo.named("kind-x"), config).template()).get()
                .extracting(NodeFaultTemplate::preset).isEqualTo("kind");
    }

    @Test
    void missingOrEmptyFileMeansNoOverrides() throws IOException {
        assertThat(new NodeFaultConfig(dir.resolve("absent.yaml")).load()).isEmpty();
        assertThat(write("# nothing yet\n").load()).isEmpty();
        assertThat(write("contexts:\n").load()).isEmpty();
    }

    @Test
    void badYamlNamesTheFileAndLine() throws IOException {
        NodeFaultConfig config = write("""
                contexts:
                  minikube:
                    disconnect: ["docker", "pause", "{node}"
                    reconnect: ["docker", "unpause"]
                """);
        assertThatThrownBy(config::load)
                .isInstanceOf(NodeFaultException.class)
                .hasMessage(config.file() + ": line 4, column 5: expected ',' or ']', but got <scalar>"
                        + " (while parsing a flow sequence at line 3, column 17)");
        NodeFaultConfig tab = write("contexts:\n\tminikube: {preset: kind}\n");
        assertThatThrownBy(tab::load).hasMessageStartingWith(tab.file() + ": line 2, column 1: found character '\\t(TAB)'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void unknownKeyNamesTheFileLineAndKey() throws IOException {
        NodeFaultConfig config = write("""
                contexts:
                  minikube:
                    preset: minikube
                    disconect: ["docker", "pause", "{node}"]
                """);
        assertThatThrownBy(config::load)
                .isInstanceOf(NodeFaultException.class)
                .hasMessageStartingWith(config.file() + ": line 4, column ")
                .hasMessageContaining("unknown key \"disconect\"")
                .hasMessageContaining("preset, disconnect, reconnect, vars");
        NodeFaultConfig top = write("context: {minikube: {preset: kind}}\n");
        assertThatThrownBy(top::load).hasMessageStartingWith(top.file() + ": line 1, column ")
                .hasMessageContaining("the top level has only \"contexts\"");
    }

    @Test
    void wrongTypeNamesTheFileAndLine() throws IOException {
        NodeFaultConfig config = write("""
                contexts:
                  kind-a:
                    preset: kind
                    vars: [a, b]
                """);
        assertThatThrownBy(config::load)
                .isInstanceOf(NodeFaultException.class)
                .hasMessageStartingWith(config.file() + ": line 4, column ")
                .hasMessageContaining("contexts.kind-a.vars");
    }

    @Test
    void semanticErrorsNameTheFileAndContext() throws IOException {
        NodeFaultConfig unknownPreset = write("contexts:\n  c1:\n    preset: minikub\n");
        assertThatThrownBy(unknownPreset::load).isInstanceOf(NodeFaultException.class)
                .hasMessage(unknownPreset.file() + ": contexts.c1.preset: unknown preset \"minikub\""
                        + " (known: minikube, minikube-pause, kind, gke)");
        NodeFaultConfig empty = write("contexts:\n  c1:\n");
        assertThatThrownBy(empty::load).hasMessageContaining("contexts.c1 is empty");
        NodeFaultConfig nullVar = write("contexts:\n  c1:\n    preset: kind\n    vars: {zone: }\n");
        assertThatThrownBy(nullVar::load).hasMessageContaining("contexts.c1.vars.zone has no value");
        NodeFaultConfig nullArg = write("contexts:\n  c1:\n    disconnect: [ssh, ~]\n    reconnect: [ssh]\n");
        assertThatThrownBy(nullArg::load).hasMessageContaining("contexts.c1.disconnect: a list element is empty");
    }

    @Test
    void saveThenLoadRoundTrips() {
        NodeFaultConfig config = new NodeFaultConfig(dir.resolve("sub/dir/node-faults.yaml"));
        Map<String, NodeFaultConfig.Entry> entries = new LinkedHashMap<>();
        entries.put("minikube", new NodeFaultConfig.Entry("minikube-pause", null, null, null));
        entries.put("my-cluster", new NodeFaultConfig.Entry(null,
                List.of("ssh", "{node}", "sudo ip link set eth0 down"), List.of("ssh", "{node}", "up; $(x)"),
                Map.of("zone", "europe-west1-b")));
        config.save(entries);
        assertThat(config.load()).isEqualTo(entries);
        assertThat(config.load().keySet()).containsExactly("minikube", "my-cluster");
    }

    @Test
    void defaultPathFollowsXdg() {
        assertThat(NodeFaultConfig.defaultPath(Map.of("XDG_CONFIG_HOME", "/x/cfg"), "/home/u"))
                .isEqualTo(Path.of("/x/cfg/stsviz/node-faults.yaml"));
        assertThat(NodeFaultConfig.defaultPath(Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.config/stsviz/node-faults.yaml"));
        // a relative XDG_CONFIG_HOME is invalid per the spec and ignored
        assertThat(NodeFaultConfig.defaultPath(Map.of("XDG_CONFIG_HOME", "cfg"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.config/stsviz/node-faults.yaml"));
    }
}
