package dev.stsviz.live.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The user's node-fault overrides, one entry per kubeconfig context, in
 * {@code $XDG_CONFIG_HOME/stsviz/node-faults.yaml} (or {@code ~/.config/stsviz/node-faults.yaml}):
 * <pre>{@code
 * contexts:
 *   minikube:
 *     preset: minikube-pause        # a built-in preset: minikube, minikube-pause, kind, gke
 *   my-cluster:                     # or give the commands (argv lists, no shell):
 *     disconnect: ["ssh", "{node}", "sudo", "ip", "link", "set", "eth0", "down"]
 *     reconnect: ["ssh", "{node}", "sudo", "ip", "link", "set", "eth0", "up"]
 *     vars: {zone: europe-west1-b}  # values for placeholders
 * }</pre>
 * Placeholders: {@code {node}}, {@code {context}}, {@code {zone}}, {@code {project}}, {@code {network}} and any
 * name set under {@code vars}. An entry with only {@code vars} keeps the detected preset and fills or overrides its
 * values (e.g. {@code network} for a second minikube profile, {@code zone} for a regional GKE cluster); an entry
 * with a preset and one command replaces that command only. Each list element is one argument, passed to the
 * program as-is: a value like {@code "sudo ifconfig eth0 down"} stays one argument.
 * <p>
 * A file that cannot be read or parsed gives a {@link NodeFaultException} naming the file and, for YAML and
 * type errors, the line and column (from Jackson's {@link JsonLocation}).
 */
public final class NodeFaultConfig {
    static final String DIR = "stsviz";
    static final String FILE = "node-faults.yaml";

    /**
     * One context's overrides.
     *
     * @param preset     a built-in preset name, or {@code null}
     * @param disconnect argv template, or empty to keep the preset's
     * @param reconnect  argv template, or empty to keep the preset's
     * @param vars       placeholder values
     */
    public record Entry(String preset, List<String> disconnect, List<String> reconnect, Map<String, String> vars) {
        public Entry {
            // copies that tolerate nulls: the file may hold "- ~" or "zone:", which validate() reports by name
            disconnect = disconnect == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(disconnect));
            reconnect = reconnect == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(reconnect));
            vars = vars == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(vars));
        }
    }

    /*
     * The file's shape as plain mutable classes, not records: Jackson buffers a record's unknown keys and reports
     * them at the END of the object, while a bean's are reported at their own line (which the user needs).
     */

    /** The top level; {@link LinkedHashMap} keeps the user's order when saving. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class FileShape {
        public LinkedHashMap<String, EntryShape> contexts;
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"preset", "disconnect", "reconnect", "vars"})
    static final class EntryShape {
        public String preset;
        public List<String> disconnect;
        public List<String> reconnect;
        public LinkedHashMap<String, String> vars;

        Entry toEntry() {
            return new Entry(preset, disconnect, reconnect, vars);
        }

        static EntryShape of(Entry e) {
            EntryShape shape = new EntryShape();
            shape.preset = e.preset();
            shape.disconnect = e.disconnect();
            shape.reconnect = e.reconnect();
            shape.vars = new LinkedHashMap<>(e.vars());
            return shape;
        }
    }

    private static final Consumer<MutableCoercionConfig> EMPTY_AS_NULL =
            c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    private static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build())
            // a misspelt key ("disconect") must not be silently ignored
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // "my-cluster:" or "vars:" with nothing after is an empty value to YAML: read it as absent
            .withCoercionConfig(LogicalType.POJO, EMPTY_AS_NULL)
            .withCoercionConfig(LogicalType.Map, EMPTY_AS_NULL)
            .withCoercionConfig(LogicalType.Collection, EMPTY_AS_NULL)
            .build();

    private final Path file;

    public NodeFaultConfig(Path file) {
        this.file = file;
    }

    /** The config in the user's config dir (XDG base directory spec: {@code $XDG_CONFIG_HOME}, else {@code ~/.config}). */
    public static NodeFaultConfig userDefault() {
        return new NodeFaultConfig(defaultPath(System.getenv(), System.getProperty("user.home")));
    }

    static Path defaultPath(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CONFIG_HOME");
        // the spec says a relative XDG_CONFIG_HOME is invalid and must be ignored
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".config");
        return base.resolve(DIR).resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** The entries by context name; empty when the file does not exist. */
    public Map<String, Entry> load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new NodeFaultException(file + ": cannot read: " + e.getMessage(), e);
        }
        FileShape shape;
        try (JsonParser parser = MAPPER.createParser(text)) {
            if (parser.nextToken() == null) {
                return Map.of(); // empty file, or only comments
            }
            shape = MAPPER.readValue(parser, FileShape.class);
        } catch (JsonProcessingException e) {
            throw new NodeFaultException(describe(e), e);
        } catch (IOException e) {
            throw new NodeFaultException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (shape == null || shape.contexts == null) {
            return Map.of(); // "contexts:" with nothing under it
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        shape.contexts.forEach((context, entry) ->
                entries.put(context, validate(context, entry == null ? null : entry.toEntry())));
        return Collections.unmodifiableMap(entries);
    }

    /** The entry for one context, if any. */
    public Optional<Entry> forContext(String contextName) {
        return Optional.ofNullable(load().get(contextName));
    }

    /** Writes the entries (replacing the file atomically where the file system allows; comments are not kept). */
    public void save(Map<String, Entry> entries) {
        entries.forEach(this::validate);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, FILE, ".tmp");
            try {
                FileShape shape = new FileShape();
                shape.contexts = new LinkedHashMap<>();
                entries.forEach((context, entry) -> shape.contexts.put(context, EntryShape.of(entry)));
                MAPPER.writeValue(tmp.toFile(), shape);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new NodeFaultException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Entries the YAML schema cannot reject by itself: both null and half-given commands. */
    private Entry validate(String context, Entry entry) {
        String where = file + ": contexts." + context;
        if (entry == null) {
            throw new NodeFaultException(where + " is empty: give a preset, or disconnect and reconnect commands");
        }
        if (entry.preset() != null && !NodeFaultPresets.NAMES.contains(entry.preset())) {
            throw new NodeFaultException(where + ".preset: unknown preset \"" + entry.preset() + "\" (known: "
                    + String.join(", ", NodeFaultPresets.NAMES) + ")");
        }
        checkArgv(where + ".disconnect", entry.disconnect());
        checkArgv(where + ".reconnect", entry.reconnect());
        entry.vars().forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                throw new NodeFaultException(where + ".vars." + name + " has no value");
            }
        });
        return entry;
    }

    private static void checkArgv(String where, List<String> argv) {
        for (String arg : argv) {
            if (arg == null) {
                throw new NodeFaultException(where + ": a list element is empty (null)");
            }
        }
        if (!argv.isEmpty() && argv.get(0).isBlank()) {
            throw new NodeFaultException(where + ": the first element must be the program to run");
        }
    }

    /** "FILE: line L, column C: what", one line: Jackson's message without its source excerpt. */
    private String describe(JsonProcessingException e) {
        // a syntax error may come wrapped (mapping exception > Jackson's YAML exception > SnakeYAML's)
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                return describe(yaml);
            }
        }
        StringBuilder msg = new StringBuilder().append(file);
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            msg.append(": line ").append(loc.getLineNr());
            if (loc.getColumnNr() > 0) {
                msg.append(", column ").append(loc.getColumnNr());
            }
        }
        msg.append(": ");
        if (e instanceof UnrecognizedPropertyException u) {
            msg.append("unknown key \"").append(u.getPropertyName()).append('"').append(u.getPath().size() <= 1
                    ? " (the top level has only \"contexts\")"
                    : " (a context takes preset, disconnect, reconnect, vars)");
        } else {
            String original = e.getOriginalMessage();
            msg.append(original == null ? e.getClass().getSimpleName() : firstLine(original));
            if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                msg.append(" (at ").append(path(m)).append(')');
            }
        }
        return msg.toString();
    }

    /**
     * A YAML syntax error. Jackson's JsonLocation for these is where its parser stopped, which is often the line
     * BEFORE the mistake; SnakeYAML's problem mark (0-based) is the mistake itself.
     */
    private String describe(MarkedYAMLException e) {
        Mark problem = e.getProblemMark();
        StringBuilder msg = new StringBuilder().append(file).append(": line ").append(problem.getLine() + 1)
                .append(", column ").append(problem.getColumn() + 1).append(": ").append(e.getProblem());
        Mark context = e.getContextMark();
        if (e.getContext() != null && context != null) {
            msg.append(" (").append(e.getContext()).append(" at line ").append(context.getLine() + 1)
                    .append(", column ").append(context.getColumn() + 1).append(')');
        }
        return msg.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
