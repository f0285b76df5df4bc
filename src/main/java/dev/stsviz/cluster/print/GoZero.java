package dev.stsviz.cluster.print;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Map;

/**
 * fabric8 uses {@code null} where Go's API structs hold zero values ("" / 0 / false / empty
 * slice). kubectl's printers are written against those zero values, so the ports read fields
 * through these helpers to behave the same on partially-filled objects.
 */
public final class GoZero {

    private GoZero() {
    }

    public static String str(String s) {
        return s == null ? "" : s;
    }

    /** kubectl's placeholder for an empty optional cell. */
    public static String orNone(String s) {
        return s == null || s.isEmpty() ? "<none>" : s;
    }

    public static int num(Integer i) {
        return i == null ? 0 : i;
    }

    public static boolean bool(Boolean b) {
        return b != null && b;
    }

    public static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    public static <K, V> Map<K, V> map(Map<K, V> m) {
        return m == null ? Map.of() : m;
    }

    public static ObjectMeta meta(HasMetadata o) {
        ObjectMeta m = o.getMetadata();
        return m == null ? new ObjectMeta() : m;
    }

    static String name(HasMetadata o) {
        return str(meta(o).getName());
    }

    /** Whether {@code metadata.deletionTimestamp} is set (Go: {@code DeletionTimestamp != nil}). */
    static boolean deleting(HasMetadata o) {
        String ts = meta(o).getDeletionTimestamp();
        return ts != null && !ts.isEmpty();
    }

    /** AGE column: {@code translateTimestampSince(obj.CreationTimestamp)}. */
    static String age(HasMetadata o, java.time.Instant now) {
        return Ages.since(meta(o).getCreationTimestamp(), now);
    }
}
