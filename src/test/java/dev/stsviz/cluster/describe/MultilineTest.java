package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MultilineTest {

    static String render(Consumer<PrefixWriter> body) {
        PrefixWriter w = new PrefixWriter();
        body.accept(w);
        return w.render();
    }

    @Test
    void labelsAreSortedAndContinuationLinesAlign() {
        Map<String, String> labels = new TreeMap<>(Map.of("b", "2", "a", "1", "empty", ""));
        assertThat(render(w -> Multiline.labels(w, "Labels", labels))).isEqualTo("Labels:  a=1\n         b=2\n         empty=\n");
        assertThat(render(w -> Multiline.labels(w, "Labels", null))).isEqualTo("Labels:  <none>\n");
        assertThat(render(w -> Multiline.labels(w, "  ", "Labels", Map.of("x", "y", "w", "z"))))
                .isEqualTo("  Labels:  w=z\n           x=y\n");
    }

    @Test
    void annotationsSkipLastAppliedAndBreakLongValues() {
        String key = "k".repeat(10);
        String exactlyFits = "v".repeat(128); // 128 + 10 + 2 = 140
        String tooLong = "v".repeat(129);
        assertThat(render(w -> Multiline.annotations(w, "Annotations", Map.of(key, exactlyFits))))
                .isEqualTo("Annotations:  " + key + ": " + exactlyFits + "\n");
        assertThat(render(w -> Multiline.annotations(w, "Annotations", Map.of(key, tooLong))))
                .isEqualTo("Annotations:  " + key + ":\n                " + tooLong + "\n");
        assertThat(render(w -> Multiline.annotations(w, "Annotations",
                Map.of("kubectl.kubernetes.io/last-applied-configuration", "{}")))).isEqualTo("Annotations:  <none>\n");
    }

    @Test
    void taintsSortByEffectThenKey() {
        List<Taint> taints = List.of(
                new TaintBuilder().withKey("b").withEffect("NoSchedule").build(),
                new TaintBuilder().withKey("dedicated").withValue("db").withEffect("NoExecute").build(),
                new TaintBuilder().withKey("a").withEffect("NoSchedule").build());
        assertThat(render(w -> Multiline.taints(w, "Taints", taints)))
                .isEqualTo("Taints:  dedicated=db:NoExecute\n         a:NoSchedule\n         b:NoSchedule\n");
        assertThat(render(w -> Multiline.taints(w, "Taints", null))).isEqualTo("Taints:  <none>\n");
    }

    @Test
    void tolerationsFollowPrintTolerationsMultiline() {
        Toleration all = new TolerationBuilder().withOperator("Exists").build();
        Toleration equal = new TolerationBuilder().withKey("dedicated").withOperator("Equal").withValue("db")
                .withEffect("NoSchedule").build();
        Toleration keyOnly = new TolerationBuilder().withKey("gpu").withOperator("Exists").build();
        Toleration timed = new TolerationBuilder().withKey("node.kubernetes.io/unreachable").withOperator("Exists")
                .withEffect("NoExecute").withTolerationSeconds(300L).build();

        assertThat(Multiline.toleration(all)).isEqualTo("op=Exists");
        assertThat(Multiline.toleration(equal)).isEqualTo("dedicated=db:NoSchedule");
        assertThat(Multiline.toleration(keyOnly)).isEqualTo("gpu op=Exists");
        assertThat(Multiline.toleration(timed)).isEqualTo("node.kubernetes.io/unreachable:NoExecute op=Exists for 300s");
        assertThat(render(w -> Multiline.tolerations(w, "Tolerations", List.of(keyOnly, all, equal))))
                .isEqualTo("Tolerations:  op=Exists\n              dedicated=db:NoSchedule\n              gpu op=Exists\n");
    }

    @Test
    void podsAreListedByName() {
        Pod b = new PodBuilder().withNewMetadata().withName("b").endMetadata().build();
        Pod a = new PodBuilder().withNewMetadata().withName("a").endMetadata().build();
        assertThat(render(w -> Multiline.pods(w, "Used By", List.of(b, a)))).isEqualTo("Used By:  a\n          b\n");
        assertThat(render(w -> Multiline.pods(w, "Used By", List.of()))).isEqualTo("Used By:  <none>\n");
    }
}
