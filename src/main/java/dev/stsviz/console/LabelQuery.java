package dev.stsviz.console;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * kubectl's {@code -l / --selector}: a label selector in the syntax of apimachinery's {@code labels.Parse}
 * ({@code k=v}, {@code k==v}, {@code k!=v}, {@code k in (a,b)}, {@code k notin (a,b)}, {@code k}, {@code !k},
 * comma-separated, all of which must hold). The built-in printers filter with it; a live cluster is sent the text.
 */
final class LabelQuery {
    private enum Op { EQUALS, NOT_EQUALS, IN, NOT_IN, EXISTS, DOES_NOT_EXIST }

    private record Requirement(String key, Op op, Set<String> values) {
        boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (op) {
                case EQUALS, IN -> value != null && values.contains(value);
                case NOT_EQUALS, NOT_IN -> value == null || !values.contains(value); // absent keys match, as upstream
                case EXISTS -> value != null;
                case DOES_NOT_EXIST -> value == null;
            };
        }
    }

    private final String text;
    private final List<Requirement> requirements;

    private LabelQuery(String text, List<Requirement> requirements) {
        this.text = text;
        this.requirements = requirements;
    }

    /** @throws ConsoleException with kubectl's wording for a selector it cannot parse */
    static LabelQuery parse(String text) {
        List<Requirement> requirements = new ArrayList<>();
        for (String part : split(text)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw invalid(text);
            }
            requirements.add(requirement(p, text));
        }
        return new LabelQuery(text, List.copyOf(requirements));
    }

    /** The selector as typed: what kubectl sends as {@code ?labelSelector=}. */
    String text() {
        return text;
    }

    boolean matches(HasMetadata object) {
        Map<String, String> labels = object.getMetadata() == null || object.getMetadata().getLabels() == null
                ? Map.of() : object.getMetadata().getLabels();
        return requirements.stream().allMatch(r -> r.matches(labels));
    }

    /** Splits at the commas between requirements, not those inside "in (a,b)". */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static Requirement requirement(String p, String whole) {
        if (p.startsWith("!")) {
            return new Requirement(key(p.substring(1).strip(), whole), Op.DOES_NOT_EXIST, Set.of());
        }
        int ne = p.indexOf("!=");
        if (ne > 0) {
            return new Requirement(key(p.substring(0, ne).strip(), whole), Op.NOT_EQUALS, Set.of(p.substring(ne + 2).strip()));
        }
        int eq = p.indexOf('=');
        if (eq > 0) {
            String value = p.substring(p.startsWith("==", eq) ? eq + 2 : eq + 1).strip();
            return new Requirement(key(p.substring(0, eq).strip(), whole), Op.EQUALS, Set.of(value));
        }
        String[] words = p.split("\\s+", 2);
        if (words.length == 1) {
            return new Requirement(key(words[0], whole), Op.EXISTS, Set.of());
        }
        String rest = words[1].strip();
        Op op;
        if (rest.startsWith("notin")) {
            op = Op.NOT_IN;
            rest = rest.substring("notin".length()).strip();
        } else if (rest.startsWith("in")) {
            op = Op.IN;
            rest = rest.substring("in".length()).strip();
        } else {
            throw invalid(whole);
        }
        if (!rest.startsWith("(") || !rest.endsWith(")")) {
            throw invalid(whole);
        }
        Set<String> values = new TreeSet<>();
        for (String v : rest.substring(1, rest.length() - 1).split(",")) {
            values.add(v.strip());
        }
        return new Requirement(key(words[0], whole), op, values);
    }

    private static String key(String key, String whole) {
        if (key.isEmpty() || !key.matches("[A-Za-z0-9._/-]+")) {
            throw invalid(whole);
        }
        return key;
    }

    private static ConsoleException invalid(String text) {
        return new ConsoleException("error: unable to parse requirement: found '" + text + "', expected: identifier");
    }
}
