package dev.stsviz.bench;

import java.util.Locale;

/** One output line: {@code name value unit  # target}; a null value prints {@code n/a} with the reason. */
public record Figure(String name, Double value, String unit, String target, String note) {

    public static Figure of(String name, double value, String unit, String target) {
        return new Figure(name, value, unit, target, null);
    }

    public static Figure missing(String name, String unit, String target, String why) {
        return new Figure(name, null, unit, target, why);
    }

    public boolean measured() {
        return value != null;
    }

    public String line() {
        StringBuilder line = new StringBuilder(name).append(' ');
        if (value == null) {
            line.append("n/a ").append(unit);
        } else {
            line.append(format(value)).append(' ').append(unit);
        }
        StringBuilder comment = new StringBuilder();
        if (target != null) {
            comment.append("target ").append(target);
        }
        if (note != null) {
            comment.append(comment.isEmpty() ? "" : "; ").append(note);
        }
        if (!comment.isEmpty()) {
            line.append("  # ").append(comment);
        }
        return line.toString();
    }

    /** Three significant digits at least, no exponent: 35000, 412, 12.3, 0.481. */
    static String format(double v) {
        double abs = Math.abs(v);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
