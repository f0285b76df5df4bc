package dev.stsviz.cluster.describe;

/**
 * describe.go's {@code PrefixWriter}: text written at an indentation level (2 spaces per level, LEVEL_0
 * to LEVEL_4) into one tab-separated stream, which {@link #render()} aligns with {@link GoTabWriter}.
 * Only the start of each {@code write} gets the prefix, exactly as {@code fmt.Sprintf(prefix+format)}.
 * {@code Flush} is a no-op in kubectl ({@code *tabwriter.Writer} does not satisfy its {@code flusher}
 * interface), so there is none here.
 */
final class PrefixWriter {

    static final int LEVEL_0 = 0;
    static final int LEVEL_1 = 1;
    static final int LEVEL_2 = 2;
    static final int LEVEL_3 = 3;
    static final int LEVEL_4 = 4;

    private final StringBuilder buffer;
    private final int indent;

    PrefixWriter() {
        this(new StringBuilder(), 0);
    }

    private PrefixWriter(StringBuilder buffer, int indent) {
        this.buffer = buffer;
        this.indent = indent;
    }

    /** {@code NewNestedPrefixWriter}: every level shifted by {@code extra}, same stream. */
    PrefixWriter nested(int extra) {
        return new PrefixWriter(buffer, indent + extra);
    }

    /** {@code Write(level, ...)}: the prefix, then the text (terminal-escaped). */
    void write(int level, String text) {
        buffer.append(escape("  ".repeat(level + indent) + text));
    }

    /** {@code WriteLine}: the text and a newline; a nested writer indents it like {@code Write}. */
    void writeLine(String text) {
        if (indent > 0) {
            write(0, text + "\n");
        } else {
            buffer.append(escape(text + "\n"));
        }
    }

    /** The aligned output, as {@code tabbedString} returns it. */
    String render() {
        return GoTabWriter.format(buffer.toString());
    }

    /** The stream as written, tabs unaligned: what a caller printing the buffer itself shows (rollout history). */
    String raw() {
        return buffer.toString();
    }

    /** {@code printers.WriteEscaped}: ESC and CR cannot reach the terminal. */
    private static String escape(String s) {
        return s.replace("\u001b", "^[").replace("\r", "\\r");
    }
}
