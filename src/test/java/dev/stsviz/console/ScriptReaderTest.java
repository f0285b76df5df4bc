package dev.stsviz.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scripts: comments, blank lines, "$ " prompts and backslash continuations; words split like a shell. */
class ScriptReaderTest {
    @Test
    void readsTheChaptersPastedLines() {
        String script = """
                # a comment
                $ kubectl get pods

                $ curl -X POST localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/ \\
                    -d "This is a request for kubia-0 pod."
                sim wait 10s
                """;
        assertThat(ScriptReader.commands(script)).containsExactly("kubectl get pods",
                "curl -X POST localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/ -d \"This is a request for kubia-0 pod.\"",
                "sim wait 10s");
    }

    @Test
    void splitsWordsLikeAShell() {
        assertThat(Tokenizer.split("kubectl patch sts kubia -p '{\"spec\":{\"replicas\":3}}'"))
                .containsExactly("kubectl", "patch", "sts", "kubia", "-p", "{\"spec\":{\"replicas\":3}}");
        assertThat(Tokenizer.split("curl -d \"a \\\"quoted\\\" word\" x\\ y")).containsExactly("curl", "-d", "a \"quoted\" word", "x y");
        assertThatThrownBy(() -> Tokenizer.split("echo 'open")).hasMessageContaining("unexpected EOF");
    }
}
