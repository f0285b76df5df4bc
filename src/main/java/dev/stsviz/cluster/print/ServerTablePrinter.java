package dev.stsviz.cluster.print;

import io.fabric8.kubernetes.api.model.TableColumnDefinition;
import io.fabric8.kubernetes.api.model.TableRow;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a table the API server printed ({@code meta.k8s.io/v1 Table}, what kubectl asks for with
 * {@code Accept: application/json;as=Table;...}) as kubectl's human-readable printer does
 * ({@code printTable} in {@code k8s.io/cli-runtime/pkg/printers/tableprinter.go}):
 * <ul>
 * <li>the header is each column's name upper-cased ({@code strings.ToUpper}; "Access Modes" stays two words);</li>
 * <li>columns with a priority other than 0 only with {@code -o wide};</li>
 * <li>a cell is printed as Go's {@code fmt.Sprint} prints the value decoded from JSON: strings as they are,
 * integers in decimal, booleans as true/false, a null cell as nothing (the server itself writes
 * {@code <none>} where kubectl shows it); a string is cut at its first line break with "..." appended;
 * ESC and CR are escaped as {@code ^[} and {@code \r} (kubectl's {@code WriteEscaped});</li>
 * <li>cells beyond the column definitions are dropped (kubectl guards against servers that send more);</li>
 * <li>the server's cells are already formatted, an AGE included (computed when the server answered): nothing is
 * recomputed;</li>
 * <li>no rows: no header either (the caller prints "No resources found").</li>
 * </ul>
 * Rows from several tables of the same resource (one GET per name) print under one header in one layout, as
 * kubectl prints them through one tabwriter. The padding is {@link Table}'s, which matches kubectl's tabwriter.
 */
public final class ServerTablePrinter {
    /** Characters that end a cell (the formfeed because tabwriter treats it as a newline). */
    private static final String BREAK_CHARS = "\f\n\r";

    private ServerTablePrinter() {
    }

    /** The table as kubectl prints it, each line ending in "\n"; "" when it has no rows. */
    public static String print(io.fabric8.kubernetes.api.model.Table table, boolean wide) {
        return print(List.of(table), wide);
    }

    /**
     * Several answers for one resource (kubectl get pod a b: one table per name) in one layout, with the first
     * table's columns; "" when none has rows.
     */
    public static String print(List<io.fabric8.kubernetes.api.model.Table> tables, boolean wide) {
        List<TableColumnDefinition> columns = tables.stream()
                .map(io.fabric8.kubernetes.api.model.Table::getColumnDefinitions)
                .filter(c -> c != null && !c.isEmpty())
                .findFirst().orElse(List.of());
        List<Integer> shown = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            TableColumnDefinition column = columns.get(i);
            if (wide || priority(column) == 0) {
                shown.add(i);
                names.add(column.getName() == null ? "" : column.getName());
            }
        }
        if (shown.isEmpty()) {
            return "";
        }
        Table out = new Table(names);
        for (io.fabric8.kubernetes.api.model.Table table : tables) {
            if (table.getRows() == null) {
                continue;
            }
            for (TableRow row : table.getRows()) {
                List<Object> cells = row.getCells() == null ? List.of() : row.getCells();
                List<String> printed = new ArrayList<>(shown.size());
                for (int i : shown) {
                    printed.add(i < cells.size() ? cell(cells.get(i)) : "");
                }
                out.addRow(printed);
            }
        }
        return out.isEmpty() ? "" : out.render();
    }

    /** The number of rows in the tables: 0 means kubectl's "No resources found". */
    public static int rows(List<io.fabric8.kubernetes.api.model.Table> tables) {
        return tables.stream().mapToInt(t -> t.getRows() == null ? 0 : t.getRows().size()).sum();
    }

    private static int priority(TableColumnDefinition column) {
        return column.getPriority() == null ? 0 : column.getPriority();
    }

    /** One cell as kubectl writes it: nothing for null, a string up to its first line break, else fmt.Sprint. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            int cut = indexOfAny(s, BREAK_CHARS);
            return cut < 0 ? escape(s) : escape(s.substring(0, cut)) + "...";
        }
        return escape(sprint(value));
    }

    /** Go's fmt.Sprint of a value decoded from JSON into interface{} (unstructured: int64 or float64 numbers). */
    static String sprint(Object value) {
        if (value == null) {
            return "<nil>";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        if (value instanceof BigInteger big) {
            // beyond int64, Go's JSON decoding falls back to float64
            return big.bitLength() < 64 ? big.toString() : goFloat(big.doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return goFloat(decimal.doubleValue());
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            // "1.0" decodes as float64 1, which Go prints as 1
            return goFloat(d);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Map<?, ?> map) {
            // fmt prints a map with its keys sorted: map[a:1 b:2]
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            StringBuilder sb = new StringBuilder("map[");
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    sb.append(' ');
                }
                first = false;
                sb.append(e.getKey()).append(':').append(sprint(e.getValue()));
            }
            return sb.append(']').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(sprint(list.get(i)));
            }
            return sb.append(']').toString();
        }
        return value.toString();
    }

    /**
     * A float64 as Go's %v prints it (strconv's 'g' with the shortest digits that read back as the same value): in
     * %e form when the exponent is below -4 or at least 6 (1e+06, 1.5e-05), else plain (1.5, 123456).
     */
    static String goFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            String digits = shortest.unscaledValue().abs().toString();
            StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            sb.append(abs < 10 ? "0" : "").append(abs);
            return sb.toString();
        }
        return shortest.toPlainString();
    }

    /** kubectl's terminal escaping: ESC as ^[ and CR as \r, so a cell cannot drive the terminal. */
    private static String escape(String s) {
        if (s.indexOf('\u001b') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\u001b", "^[").replace("\r", "\\r");
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
