package dev.stsviz.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The differences the project knows and explains, read from the table in {@code docs/fidelity.md} (the one place they
 * are listed, each with its reason): a comparison fails only on a difference no row accepts. Columns: id, profiles and
 * scenarios (comma-separated globs), object (glob), aspect, difference (glob, {@code *} any text, {@code \|} a pipe),
 * why, since (the Kubernetes version that brought the behaviour).
 */
final class AcceptedDifferences {
    static final Path DOCUMENT = Path.of("docs/fidelity.md");
    private static final String SECTION = "## Accepted differences";

    record Row(String id, List<Pattern> profiles, List<Pattern> scenarios, Pattern object, String aspect, Pattern detail) {
        boolean accepts(Difference d) {
            return profiles.stream().anyMatch(p -> p.matcher(d.profile()).matches()) && scenarios.stream().anyMatch(p -> p.matcher(d.scenario()).matches()) && object.matcher(d.object()).matches()
                    && (aspect.equals("*") || aspect.equals(d.aspect())) && detail.matcher(d.detail()).matches();
        }
    }

    private final List<Row> rows;

    private AcceptedDifferences(List<Row> rows) {
        this.rows = rows;
    }

    static AcceptedDifferences load() {
        try {
            return parse(Files.readString(DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AcceptedDifferences parse(String markdown) {
        List<Row> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                inSection = line.strip().equals(SECTION);
                continue;
            }
            if (!inSection || !line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() < 6 || cells.get(0).equalsIgnoreCase("id") || cells.get(0).startsWith("---")) {
                continue;
            }
            rows.add(new Row(cells.get(0), globs(cells.get(1)), globs(cells.get(2)), glob(cells.get(3)), cells.get(4), glob(cells.get(5))));
        }
        return new AcceptedDifferences(rows);
    }

    /** The row that accepts the difference, or null. */
    Row acceptor(Difference difference) {
        return rows.stream().filter(r -> r.accepts(difference)).findFirst().orElse(null);
    }

    List<Row> rows() {
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            String text = cell.strip().replace("\\|", "|");
            if (text.length() >= 2 && text.startsWith("`") && text.endsWith("`")) {
                text = text.substring(1, text.length() - 1);
            }
            cells.add(text);
        }
        return cells;
    }

    private static List<Pattern> globs(String commaSeparated) {
        List<Pattern> patterns = new ArrayList<>();
        for (String glob : commaSeparated.split(",")) {
            patterns.add(glob(glob.strip()));
        }
        return patterns;
    }

    private static Pattern glob(String glob) {
        java.util.StringJoiner regex = new java.util.StringJoiner(".*");
        for (String part : glob.split("\\*", -1)) {
            regex.add(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
