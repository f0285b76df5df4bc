package dev.stsviz.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a lesson file (the format is in docs/lessons.md): {@code # Title}, setting lines, then one {@code ## Title}
 * per step with its {@code Objects:}, {@code Do:} and {@code Until:} lines, its narration, and optional
 * {@code ### Predict: question}, {@code ### After} and {@code ### Live} sections. The first problem found is thrown as
 * one {@link LessonException} naming the file and line.
 */
public final class LessonParser {
    private static final Pattern KEY = Pattern.compile("^([A-Z][A-Za-z]*):\\s*(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^[-*] \\[( |x|X)]\\s+(.+)$");
    private static final List<String> SETTINGS = List.of("Cluster", "Nodes", "Profile", "Start");
    private static final List<String> STEP_KEYS = List.of("Objects", "Do", "Until");
    private final String source;

    private LessonParser(String source) {
        this.source = source;
    }

    public static Lesson parse(Path file) {
        String name = file.getFileName().toString();
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new LessonException(name, 0, "cannot read the lesson: " + e.getMessage());
        }
    }

    /** @param source the file name messages name */
    public static Lesson parse(String text, String source) {
        return new LessonParser(source).lesson(Lines.of(text, source));
    }

    private Lesson lesson(Lines lines) {
        lines.skipBlank();
        if (!lines.more() || !lines.peek().startsWith("# ")) {
            throw fail(lines.more() ? lines.number() : 1, "the first line must be the lesson's title, e.g. \"# StatefulSets, step by step\"");
        }
        String title = lines.next().substring(2).trim();
        LessonSettings settings = settings(lines);
        while (lines.more() && !lines.peek().startsWith("## ")) {
            if (lines.peek().startsWith("### ")) {
                throw fail(lines.number(), "a \"### \" section belongs to a step: start the step with \"## Title\" first");
            }
            lines.next(); // an introduction for whoever reads the file
        }
        List<Step> steps = new ArrayList<>();
        while (lines.more()) {
            steps.add(step(lines));
        }
        if (steps.isEmpty()) {
            throw fail(lines.number(), "the lesson has no steps: each step starts with a line \"## Title\"");
        }
        return new Lesson(title, source, settings, steps);
    }

    private LessonSettings settings(Lines lines) {
        String cluster = null;
        Integer nodes = null;
        String profile = null;
        Boolean empty = null;
        lines.skipBlank();
        while (lines.more()) {
            Matcher m = KEY.matcher(lines.peek());
            if (!m.matches()) {
                break;
            }
            int at = lines.number();
            lines.next();
            String value = m.group(2).trim();
            switch (m.group(1)) {
                case "Cluster" -> cluster = oneOf(at, "Cluster", value, "minikube", "kind", "gke");
                case "Profile" -> profile = oneOf(at, "Profile", value, "modern", "book");
                case "Start" -> empty = oneOf(at, "Start", value, "empty", "chapter").equals("empty");
                case "Nodes" -> nodes = count(at, value);
                default -> throw fail(at, "unknown setting \"" + m.group(1) + "\" (settings are " + String.join(", ", SETTINGS) + ")");
            }
        }
        return new LessonSettings(cluster, nodes, profile, empty);
    }

    private String oneOf(int line, String key, String value, String... allowed) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!List.of(allowed).contains(lower)) {
            throw fail(line, key + ": \"" + value + "\" is not one of " + String.join(", ", allowed));
        }
        return lower;
    }

    private Integer count(int line, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw fail(line, "Nodes: \"" + value + "\" is not a number of nodes from 1 to 1000");
    }

    private Step step(Lines lines) {
        int start = lines.number();
        String title = lines.next().substring(3).trim();
        if (title.isEmpty()) {
            throw fail(start, "a step needs a title after \"## \"");
        }
        List<ObjectRef> objects = new ArrayList<>();
        String action = null;
        List<Condition> conditions = new ArrayList<>();
        lines.skipBlank();
        while (lines.more()) {
            Matcher m = KEY.matcher(lines.peek());
            if (!m.matches() || lines.inFence()) {
                break;
            }
            int at = lines.number();
            lines.next();
            String value = m.group(2).trim();
            switch (m.group(1)) {
                case "Objects" -> objects.addAll(objects(at, value));
                case "Do" -> {
                    if (action != null) {
                        throw fail(at, "a step has at most one action (\"Do:\"); make another step for the next one");
                    }
                    action = action(at, value);
                }
                case "Until" -> conditions.add(condition(at, value));
                default -> throw fail(at, "unknown step line \"" + m.group(1) + ":\" (a step's lines are "
                        + String.join(", ", STEP_KEYS) + ", then its narration)");
            }
        }
        String narration = text(lines);
        if (narration.isEmpty()) {
            throw fail(start, "step \"" + title + "\" has no narration: write a few sentences under its lines");
        }
        checkRoles(start, narration);
        Predict predict = null;
        String after = null;
        String live = null;
        while (lines.more() && lines.peek().startsWith("### ")) {
            int at = lines.number();
            String heading = lines.next().substring(4).trim();
            String section = heading.contains(":") ? heading.substring(0, heading.indexOf(':')).trim() : heading;
            switch (section) {
                case "Predict" -> predict = predict(at, heading.contains(":") ? heading.substring(heading.indexOf(':') + 1).trim() : "", lines);
                case "After" -> after = section(at, "After", lines);
                case "Live" -> live = section(at, "Live", lines);
                default -> throw fail(at, "unknown section \"### " + heading + "\" (a step's sections are Predict, After and Live)");
            }
        }
        return new Step(start, title, narration, objects, action, conditions, predict, after, live);
    }

    private List<ObjectRef> objects(int line, String value) {
        List<ObjectRef> refs = new ArrayList<>();
        for (String item : value.split(",")) {
            String ref = unquote(item.trim());
            if (!ref.isEmpty()) {
                refs.add(ref(line, ref, "Objects"));
            }
        }
        if (refs.isEmpty()) {
            throw fail(line, "Objects: name at least one object as TYPE/NAME, e.g. pod/kubia-0, pvc/data-kubia-0");
        }
        return refs;
    }

    private ObjectRef ref(int line, String ref, String key) {
        int slash = ref.indexOf('/');
        if (slash <= 0 || slash == ref.length() - 1) {
            throw fail(line, key + ": \"" + ref + "\" is not TYPE/NAME (e.g. pod/kubia-0, node/{node of kubia-0})");
        }
        checkRoles(line, ref);
        try {
            return new ObjectRef(dev.stsviz.console.ResourceType.parse(ref.substring(0, slash)), ref.substring(slash + 1));
        } catch (RuntimeException e) {
            throw fail(line, key + ": unknown type \"" + ref.substring(0, slash) + "\" (pod, pvc, pv, node, sts, svc...)");
        }
    }

    private String action(int line, String value) {
        String action = unquote(value);
        if (action.isEmpty()) {
            throw fail(line, "Do: needs a console command, e.g. Do: `kubectl scale sts kubia --replicas=3`");
        }
        checkRoles(line, action);
        return action;
    }

    private Condition condition(int line, String value) {
        List<String> words = words(unquote(value));
        boolean fresh = !words.isEmpty() && words.get(0).equals("new");
        if (fresh) {
            words.remove(0);
        }
        if (words.size() != 2 || words.get(0).isEmpty()) {
            throw fail(line, "Until: needs [new] TYPE/NAME STATE, e.g. Until: pod/kubia-1 Ready (states: kubectl's STATUS, Ready, Gone, Present; "
                    + "several as Terminating|Unknown)");
        }
        ObjectRef ref = ref(line, words.get(0), "Until");
        List<String> states = List.of(words.get(1).split("\\|"));
        for (String s : states) {
            if (!s.matches("[A-Za-z][A-Za-z:]*")) {
                throw fail(line, "Until: \"" + s + "\" is not a state (kubectl's STATUS such as Running or Bound, or Ready, Gone, Present)");
            }
        }
        return new Condition(ref, states, fresh);
    }

    private Predict predict(int line, String question, Lines lines) {
        if (question.isEmpty()) {
            throw fail(line, "### Predict: needs the question after the colon, e.g. \"### Predict: Which pod is deleted first?\"");
        }
        checkRoles(line, question);
        List<Predict.Answer> answers = new ArrayList<>();
        lines.skipBlank();
        while (lines.more()) {
            Matcher m = ANSWER.matcher(lines.peek());
            if (!m.matches()) {
                if (lines.peek().startsWith("- ") || lines.peek().startsWith("* ")) {
                    throw fail(lines.number(), "a Predict answer starts with \"- [x] \" (the right one) or \"- [ ] \"");
                }
                break;
            }
            lines.next();
            answers.add(new Predict.Answer(m.group(2).trim(), !m.group(1).isBlank()));
        }
        if (answers.size() < 2 || answers.size() > 4) {
            throw fail(line, "a Predict question has 2 to 4 answers (\"- [x] right\", \"- [ ] wrong\"), this one has " + answers.size());
        }
        long right = answers.stream().filter(Predict.Answer::right).count();
        if (right != 1) {
            throw fail(line, "a Predict question has exactly one right answer marked \"- [x]\", this one has " + right);
        }
        String explanation = text(lines);
        if (explanation.isEmpty()) {
            throw fail(line, "a Predict question needs its explanation under the answers");
        }
        checkRoles(line, explanation);
        return new Predict(question, answers, explanation);
    }

    private String section(int line, String name, Lines lines) {
        String text = text(lines);
        if (text.isEmpty()) {
            throw fail(line, "### " + name + " has no text");
        }
        checkRoles(line, text);
        return text;
    }

    /** Markdown up to the next heading of a step or section (headings inside code fences do not count). */
    private String text(Lines lines) {
        StringBuilder out = new StringBuilder();
        while (lines.more() && (lines.inFence() || !(lines.peek().startsWith("## ") || lines.peek().startsWith("### ")))) {
            out.append(lines.next()).append('\n');
        }
        if (lines.inFence()) {
            throw fail(lines.fenceStart(), "a code block opened with ``` is never closed");
        }
        return out.toString().strip();
    }

    private void checkRoles(int line, String text) {
        String problem = Roles.problem(text);
        if (problem != null) {
            throw fail(line, problem);
        }
    }

    /** Words separated by spaces outside braces: "node/{node of kubia-0} NotReady" is two words. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        for (char c : text.trim().toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (Character.isWhitespace(c) && depth <= 0) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static String unquote(String s) {
        String t = s.trim();
        return t.length() >= 2 && t.startsWith("`") && t.endsWith("`") ? t.substring(1, t.length() - 1).trim() : t;
    }

    private LessonException fail(int line, String problem) {
        return new LessonException(source, line, problem);
    }

    /** The file's lines with a cursor, knowing whether the cursor is inside a ``` code block. */
    private static final class Lines {
        private final List<String> lines;
        private int next;
        private int fenceStart = -1;

        private Lines(List<String> lines) {
            this.lines = lines;
        }

        static Lines of(String text, String source) {
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            List<String> all = new ArrayList<>(List.of(body.split("\r?\n", -1)));
            // HTML comments are notes for whoever edits the file: blanked, so line numbers stay right
            boolean comment = false;
            for (int i = 0; i < all.size(); i++) {
                String l = all.get(i);
                boolean starts = l.trim().startsWith("<!--");
                if (comment || starts) {
                    comment = !l.contains("-->");
                    all.set(i, "");
                }
            }
            return new Lines(all);
        }

        boolean more() {
            return next < lines.size();
        }

        String peek() {
            return lines.get(next);
        }

        /** 1-based number of the line under the cursor (or one past the end). */
        int number() {
            return next + 1;
        }

        String next() {
            String line = lines.get(next);
            if (line.trim().startsWith("```")) {
                fenceStart = fenceStart < 0 ? next + 1 : -1;
            }
            next++;
            return line;
        }

        boolean inFence() {
            return fenceStart >= 0;
        }

        int fenceStart() {
            return fenceStart;
        }

        void skipBlank() {
            while (more() && peek().isBlank()) {
                next();
            }
        }
    }
}
