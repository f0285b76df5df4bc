package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code metav1.LabelSelectorAsSelector(sel).String()}: requirements sorted by key, "k=v" for matchLabels,
 * "k in (a,b)", "k notin (a,b)", "k", "!k" for expressions; "" for a nil or empty selector.
 */
final class Selectors {

    private Selectors() {
    }

    static String format(LabelSelector selector) {
        if (selector == null) {
            return "";
        }
        List<String[]> requirements = new ArrayList<>(); // {key, rendered}
        for (Map.Entry<String, String> e : GoZero.map(selector.getMatchLabels()).entrySet()) {
            requirements.add(new String[] {e.getKey(), e.getKey() + "=" + str(e.getValue())});
        }
        for (LabelSelectorRequirement r : list(selector.getMatchExpressions())) {
            String key = str(r.getKey());
            String values = String.join(",", new TreeSet<>(list(r.getValues())));
            String rendered = switch (str(r.getOperator())) {
                case "In" -> key + " in (" + values + ")";
                case "NotIn" -> key + " notin (" + values + ")";
                case "Exists" -> key;
                case "DoesNotExist" -> "!" + key;
                // an invalid operator (the API server rejects it; kubectl would fail) is shown as written
                default -> key + " " + str(r.getOperator()).toLowerCase(Locale.ROOT) + " (" + values + ")";
            };
            requirements.add(new String[] {key, rendered});
        }
        requirements.sort(Comparator.comparing(r -> r[0]));
        List<String> out = new ArrayList<>();
        for (String[] r : requirements) {
            out.add(r[1]);
        }
        return String.join(",", out);
    }
}
