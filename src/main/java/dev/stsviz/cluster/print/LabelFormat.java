package dev.stsviz.cluster.print;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Port of {@code labels.FormatLabels} ({@code k8s.io/apimachinery/pkg/labels/labels.go}), used for
 * the SELECTOR column: "k=v" pairs sorted by key, joined by ",", "&lt;none&gt;" when empty.
 */
public final class LabelFormat {

    private LabelFormat() {
    }

    public static String format(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return "<none>";
        }
        StringJoiner out = new StringJoiner(",");
        for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
            out.add(e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()));
        }
        return out.toString();
    }
}
