package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.print.GoZero.bool;
import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.meta;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Go zero values and {@code fmt} verbs for fabric8 objects: fabric8 holds {@code null} where the Go
 * structs describe.go reads hold "" / 0 / false / nil slices.
 */
final class Go {

    private Go() {
    }

    static long num(Long l) {
        return l == null ? 0 : l;
    }

    /** {@code printBool}: "True" / "False". */
    static String printBool(Boolean b) {
        return bool(b) ? "True" : "False";
    }

    /** {@code fmt.Sprintf("%v", []string{...})}: "[a b c]", "[]" when empty. */
    static String goSlice(List<String> values) {
        StringJoiner out = new StringJoiner(" ", "[", "]");
        for (String v : list(values)) {
            out.add(str(v));
        }
        return out.toString();
    }

    /** {@code fmt.Sprintf("%q", s)} for the printable strings that appear in specs. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : str(s).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** {@code intstr.IntOrString.String()}: the number, or the string. */
    static String intOrString(IntOrString v) {
        if (v == null) {
            return "0";
        }
        if (v.getIntVal() != null) {
            return Integer.toString(v.getIntVal());
        }
        return str(v.getStrVal());
    }

    /** {@code metav1.GetControllerOf}: the first owner reference with {@code controller: true}. */
    static OwnerReference controllerOf(HasMetadata o) {
        for (OwnerReference ref : list(meta(o).getOwnerReferences())) {
            if (bool(ref.getController())) {
                return ref;
            }
        }
        return null;
    }

    /** {@code printController}: "Kind/name" of the controller, "" without one. */
    static String printController(HasMetadata o) {
        OwnerReference ref = controllerOf(o);
        return ref == null ? "" : str(ref.getKind()) + "/" + str(ref.getName());
    }

    /** Go's {@code int64(f)} on amd64: NaN, infinities and out-of-range values become MinInt64. */
    static long int64(double f) {
        if (Double.isNaN(f) || f >= 0x1p63 || f < -0x1p63) {
            return Long.MIN_VALUE;
        }
        return (long) f;
    }
}
