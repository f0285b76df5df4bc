package dev.stsviz.lesson;

/** A malformed lesson: one message naming the file and line, e.g. {@code chapter10.md:12: Until needs TYPE/NAME STATE}. */
public final class LessonException extends RuntimeException {
    private final String source;
    private final int line;

    public LessonException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
