package dev.stsviz.console;

import java.time.Duration;

/** Go's duration syntax, which kubectl's flags use: 90s, 5m, 1h30m, 500ms. */
public final class Durations {
    public static Duration parse(String text) {
        String s = text.trim();
        if (s.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(s));
        }
        if (!s.matches("(\\d+(\\.\\d+)?(ms|s|m|h))+")) {
            throw new ConsoleException("error: invalid duration \"" + text + "\" (examples: 90s, 5m, 1h30m)");
        }
        Duration total = Duration.ZERO;
        var m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)").matcher(s);
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            long millis = switch (m.group(2)) {
                case "ms" -> (long) value;
                case "s" -> (long) (value * 1000);
                case "m" -> (long) (value * 60_000);
                default -> (long) (value * 3_600_000);
            };
            total = total.plusMillis(millis);
        }
        return total;
    }

    /** Go's Duration.String() for whole seconds: 5m0s, 1h0m0s, 30s. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + (s % 60) + "s";
        }
        return (s / 3600) + "h" + ((s / 60) % 60) + "m" + (s % 60) + "s";
    }

    private Durations() {
    }
}
