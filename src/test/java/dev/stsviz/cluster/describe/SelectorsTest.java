package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import org.junit.jupiter.api.Test;

class SelectorsTest {

    @Test
    void matchLabelsAndExpressionsSortedByKey() {
        LabelSelector s = new LabelSelectorBuilder()
                .addToMatchLabels("zone", "a").addToMatchLabels("app", "kubia")
                .addNewMatchExpression().withKey("tier").withOperator("NotIn").withValues("web", "cache").endMatchExpression()
                .addNewMatchExpression().withKey("canary").withOperator("Exists").endMatchExpression()
                .build();
        assertThat(Selectors.format(s)).isEqualTo("app=kubia,canary,tier notin (cache,web),zone=a");
    }

    @Test
    void emptyAndNilSelectorsAreEmpty() {
        assertThat(Selectors.format(null)).isEmpty();
        assertThat(Selectors.format(new LabelSelector())).isEmpty();
    }
}
