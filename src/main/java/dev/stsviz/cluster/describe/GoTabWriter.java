package dev.stsviz.cluster.describe;

import java.util.ArrayList;
import java.util.List;

/**
 * Port of Go's {@code text/tabwriter} as describe.go's {@code tabbedString} configures it:
 * {@code NewWriter(out, 0, 8, 2, ' ', 0)} (minwidth 0, padding 2, space padding, no flags).
 *
 * <p>Cells are tab-terminated; the text after a line's last tab is not part of any column and is written
 * as-is. A column block is a run of consecutive lines that all have a cell in that column; each block gets
 * its own width (widest cell + 2), and blocks nest column by column ({@code Writer.format}). So a line
 * without a tab ("Containers:") ends every block above it, and a tab-terminated cell is padded even when
 * nothing follows it ("Capacity:" of an unbound claim keeps its trailing spaces). Widths count runes.
 */
final class GoTabWriter {

    private static final int MIN_WIDTH = 0;
    private static final int PADDING = 2;

    private final List<List<String>> lines = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    private GoTabWriter(String text) {
        for (String line : text.split("\n", -1)) {
            lines.add(List.of(line.split("\t", -1)));
        }
    }

    /** Formats the whole buffered text, as {@code Flush} does. */
    static String format(String text) {
        GoTabWriter w = new GoTabWriter(text);
        w.format(0, w.lines.size());
        return w.out.toString();
    }

    /** {@code Writer.format}: find the column blocks of column {@code widths.size()} in [line0, line1). */
    private void format(int line0, int line1) {
        int column = widths.size();
        for (int cur = line0; cur < line1; cur++) {
            if (column >= lines.get(cur).size() - 1) {
                continue;
            }
            // cell exists in this column: print the lines before the block, then measure the block
            writeLines(line0, cur);
            line0 = cur;
            int width = MIN_WIDTH;
            for (; cur < line1; cur++) {
                List<String> line = lines.get(cur);
                if (column >= line.size() - 1) {
                    break;
                }
                width = Math.max(width, runes(line.get(column)) + PADDING);
            }
            widths.add(width);
            format(line0, cur);
            widths.remove(widths.size() - 1);
            line0 = cur;
        }
        writeLines(line0, line1);
    }

    /** {@code Writer.writeLines}: cells padded to the widths known so far, newline except after the last. */
    private void writeLines(int line0, int line1) {
        for (int i = line0; i < line1; i++) {
            List<String> line = lines.get(i);
            for (int j = 0; j < line.size(); j++) {
                String cell = line.get(j);
                out.append(cell);
                if (j < widths.size()) {
                    out.append(" ".repeat(Math.max(0, widths.get(j) - runes(cell))));
                }
            }
            if (i + 1 < lines.size()) {
                out.append('\n');
            }
        }
    }

    private static int runes(String s) {
        return s.codePointCount(0, s.length());
    }
}
