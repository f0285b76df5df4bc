package dev.stsviz.cluster.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * kubectl's column layout. kubectl writes each row as tab-terminated cells into
 * {@code tabwriter.NewWriter(out, 6, 4, 3, ' ', 0)} ({@code k8s.io/cli-runtime/pkg/printers/tabwriter},
 * i.e. Go's {@code text/tabwriter}): every cell but the last of a line is padded with spaces to the
 * column width, {@code max(minwidth=6, max(len(cell)+padding=3))}; the last cell is not tab-terminated,
 * so it is written as-is (no trailing spaces). Widths count runes, as Go does.
 *
 * <p>Go computes widths per contiguous block of lines that have the column; every row here has
 * every column, so one width per column is exact.
 */
public final class Table {

    private static final int MIN_WIDTH = 6;
    private static final int PADDING = 3;

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table whose header line is the column names upper-cased, as kubectl's human printer does. */
    public Table(List<String> columnNames) {
        if (columnNames.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        List<String> upper = new ArrayList<>(columnNames.size());
        for (String name : columnNames) {
            upper.add(name.toUpperCase(Locale.ROOT));
        }
        this.headers = List.copyOf(upper);
    }

    public static Table withColumns(String... columnNames) {
        return new Table(List.of(columnNames));
    }

    /** Appends one row; it must have one cell per column ({@code null} prints as empty). */
    public Table addRow(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException(
                    "row has " + cells.size() + " cells but the table has " + headers.size() + " columns");
        }
        List<String> copy = new ArrayList<>(cells.size());
        for (String cell : cells) {
            copy.add(cell == null ? "" : cell);
        }
        rows.add(copy);
        return this;
    }

    public List<String> headers() {
        return headers;
    }

    public int rowCount() {
        return rows.size();
    }

    /** kubectl prints no table at all when there are no rows; see {@link #noResources(String)}. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Header plus rows, each line ending in "\n". */
    public String render() {
        List<List<String>> lines = new ArrayList<>(rows.size() + 1);
        lines.add(headers);
        lines.addAll(rows);

        int columns = headers.size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns - 1; c++) {
            int width = MIN_WIDTH;
            for (List<String> line : lines) {
                width = Math.max(width, runes(line.get(c)) + PADDING);
            }
            widths[c] = width;
        }

        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            for (int c = 0; c < columns; c++) {
                String cell = line.get(c);
                out.append(cell);
                if (c < columns - 1) {
                    out.append(" ".repeat(widths[c] - runes(cell)));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * What kubectl prints instead of an empty table ({@code kubectl get}'s "No resources found"):
     * "No resources found in &lt;ns&gt; namespace." for a namespaced listing, "No resources found" for
     * a cluster-scoped one ({@code namespaceOrNull} null or empty).
     */
    public static String noResources(String namespaceOrNull) {
        if (namespaceOrNull == null || namespaceOrNull.isEmpty()) {
            return "No resources found";
        }
        return "No resources found in " + namespaceOrNull + " namespace.";
    }

    private static int runes(String s) {
        return s.codePointCount(0, s.length());
    }

    @Override
    public String toString() {
        return render();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && headers.equals(t.headers) && rows.equals(t.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, rows);
    }
}
