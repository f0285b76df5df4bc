package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.SelectorText;

import io.fabric8.kubernetes.api.model.LabelSelector;

/**
 * {@code metav1.LabelSelectorAsSelector(sel).String()}: requirements sorted by key, "k=v" for matchLabels,
 * "k in (a,b)", "k notin (a,b)", "k", "!k" for expressions; "" for a nil or empty selector.
 */
final class Selectors {

    private Selectors() {
    }

    static String format(LabelSelector selector) {
        return SelectorText.string(selector);
    }
}
