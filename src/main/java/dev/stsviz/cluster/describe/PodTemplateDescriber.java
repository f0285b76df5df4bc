package dev.stsviz.cluster.describe;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;

/**
 * The "Pod Template:" section on its own, as {@code kubectl rollout history --revision=N} prints a revision
 * ({@code printTemplate} in kubectl's {@code polymorphichelpers/history.go}): written straight into a buffer, not
 * through the tab writer, so its tabs stay tabs.
 */
public final class PodTemplateDescriber {
    private PodTemplateDescriber() {
    }

    public static String describe(PodTemplateSpec template) {
        PrefixWriter w = new PrefixWriter();
        PodTemplates.describe(w, template);
        return w.raw();
    }
}
