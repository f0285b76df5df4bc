package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.str;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * describe.go's "Title:\tfirst\n\tsecond\n" lists: {@code printLabelsMultilineWithIndent},
 * {@code printAnnotationsMultiline}, {@code printTaintsMultilineWithIndent},
 * {@code printTolerationsMultilineWithIndent} and {@code printPodsMultilineWithIndent}. Continuation
 * lines start with an empty cell, so they align under the first value.
 */
final class Multiline {

    /** {@code skipAnnotations}: never shown by describe. */
    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    /** {@code maxAnnotationLen}. */
    static final int MAX_ANNOTATION_LEN = 140;

    private Multiline() {
    }

    /** {@code printLabelsMultiline}: "k=v" sorted by key, "&lt;none&gt;" when empty. */
    static void labels(PrefixWriter w, String title, Map<String, String> labels) {
        labels(w, "", title, labels);
    }

    static void labels(PrefixWriter w, String initialIndent, String title, Map<String, String> labels) {
        w.write(LEVEL_0, initialIndent + title + ":\t");
        if (labels == null || labels.isEmpty()) {
            w.writeLine("<none>");
            return;
        }
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
            if (!first) {
                w.write(LEVEL_0, initialIndent);
                w.write(LEVEL_0, "\t");
            }
            first = false;
            w.write(LEVEL_0, e.getKey() + "=" + str(e.getValue()) + "\n");
        }
    }

    /**
     * {@code printAnnotationsMultiline}: "key: value" sorted by key; a value with a newline, or one making
     * the line longer than 140 bytes, goes on indented lines of its own, each cut at 138 bytes + "...".
     */
    static void annotations(PrefixWriter w, String title, Map<String, String> annotations) {
        w.write(LEVEL_0, title + ":\t");
        TreeMap<String, String> sorted = new TreeMap<>(annotations == null ? Map.of() : annotations);
        sorted.remove(LAST_APPLIED);
        if (sorted.isEmpty()) {
            w.writeLine("<none>");
            return;
        }
        String indent = "\t";
        boolean first = true;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (!first) {
                w.write(LEVEL_0, indent);
            }
            first = false;
            String key = e.getKey();
            String value = str(e.getValue());
            if (value.endsWith("\n")) {
                value = value.substring(0, value.length() - 1);
            }
            if (bytes(value) + bytes(key) + 2 > MAX_ANNOTATION_LEN || value.contains("\n")) {
                w.write(LEVEL_0, key + ":\n");
                for (String s : value.split("\n", -1)) {
                    w.write(LEVEL_0, indent + "  " + shorten(s, MAX_ANNOTATION_LEN - 2) + "\n");
                }
            } else {
                w.write(LEVEL_0, key + ": " + value + "\n");
            }
        }
    }

    /** {@code printNodeTaintsMultiline}: sorted by "effect,key", each {@code Taint.ToString()}. */
    static void taints(PrefixWriter w, String title, List<Taint> taints) {
        w.write(LEVEL_0, title + ":\t");
        if (list(taints).isEmpty()) {
            w.writeLine("<none>");
            return;
        }
        List<Taint> sorted = new ArrayList<>(taints);
        sorted.sort(Comparator.comparing(t -> str(t.getEffect()) + "," + str(t.getKey())));
        for (int i = 0; i < sorted.size(); i++) {
            if (i != 0) {
                w.write(LEVEL_0, "\t");
            }
            w.write(LEVEL_0, taint(sorted.get(i)) + "\n");
        }
    }

    /** {@code Taint.ToString()}: "key=value:Effect", or "key:Effect" without a value. */
    static String taint(Taint t) {
        String value = str(t.getValue());
        return value.isEmpty()
                ? str(t.getKey()) + ":" + str(t.getEffect())
                : str(t.getKey()) + "=" + value + ":" + str(t.getEffect());
    }

    /**
     * {@code printPodTolerationsMultiline}: sorted by key, e.g.
     * "node.kubernetes.io/unreachable:NoExecute op=Exists for 300s". (Go's sort.Slice is an insertion sort,
     * hence stable, for the handful of tolerations a pod has.)
     */
    static void tolerations(PrefixWriter w, String title, List<Toleration> tolerations) {
        w.write(LEVEL_0, title + ":\t");
        if (list(tolerations).isEmpty()) {
            w.writeLine("<none>");
            return;
        }
        List<Toleration> sorted = new ArrayList<>(tolerations);
        sorted.sort(Comparator.comparing(t -> str(t.getKey())));
        for (int i = 0; i < sorted.size(); i++) {
            if (i != 0) {
                w.write(LEVEL_0, "\t");
            }
            w.write(LEVEL_0, toleration(sorted.get(i)) + "\n");
        }
    }

    static String toleration(Toleration t) {
        String key = str(t.getKey());
        String value = str(t.getValue());
        String effect = str(t.getEffect());
        StringBuilder out = new StringBuilder(key);
        if (!value.isEmpty()) {
            out.append('=').append(value);
        }
        if (!effect.isEmpty()) {
            out.append(':').append(effect);
        }
        // "operator: Exists" without a value tolerates everything
        if ("Exists".equals(t.getOperator()) && value.isEmpty()) {
            out.append(!key.isEmpty() || !effect.isEmpty() ? " op=Exists" : "op=Exists");
        }
        if (t.getTolerationSeconds() != null) {
            out.append(" for ").append(t.getTolerationSeconds()).append('s');
        }
        return out.toString();
    }

    /** {@code printPodsMultiline}: pod names sorted, "&lt;none&gt;" when empty. */
    static void pods(PrefixWriter w, String title, List<Pod> pods) {
        w.write(LEVEL_0, title + ":\t");
        if (list(pods).isEmpty()) {
            w.writeLine("<none>");
            return;
        }
        List<String> names = new ArrayList<>();
        for (Pod p : pods) {
            names.add(str(GoZero.meta(p).getName()));
        }
        names.sort(Comparator.naturalOrder());
        for (int i = 0; i < names.size(); i++) {
            if (i != 0) {
                w.write(LEVEL_0, "\t");
            }
            w.write(LEVEL_0, names.get(i) + "\n");
        }
    }

    /** Go's {@code len(s)}: UTF-8 bytes. */
    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code shorten}: the first {@code max} bytes and "...". */
    private static String shorten(String s, int max) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return b.length > max ? new String(b, 0, max, StandardCharsets.UTF_8) + "..." : s;
    }
}
