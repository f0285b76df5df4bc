package dev.stsviz.cluster.print;

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
 * A label selector as kubectl writes it: {@code metav1.LabelSelectorAsSelector(sel).String()} (requirements sorted by
 * key, "k=v" for matchLabels, "k in (a,b)", "k notin (a,b)", "k", "!k" for expressions; "" for a nil or empty
 * selector) and {@code metav1.FormatLabelSelector}, which prints that empty string as {@code <none>}.
 */
public final class SelectorText {

    private SelectorText() {
    }

    public static String string(LabelSelector selector) {
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

    /** {@code metav1.FormatLabelSelector}: the selector, or {@code <none>} when it selects by nothing. */
    public static String format(LabelSelector selector) {
        String s = string(selector);
        return s.isEmpty() ? "<none>" : s;
    }
}
