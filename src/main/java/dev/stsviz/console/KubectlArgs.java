package dev.stsviz.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * kubectl's flags for one command: {@code --name=value}, {@code --name value}, {@code -x value}, {@code -xvalue},
 * boolean flags, and everything after {@code --}. Flags the command does not know are errors, worded as kubectl's
 * (cobra's) are.
 */
public final class KubectlArgs {
    /** Flags that take a value, by every spelling, mapped to their long name. */
    private static final Map<String, String> VALUED = Map.ofEntries(
            Map.entry("-o", "output"), Map.entry("--output", "output"),
            Map.entry("-n", "namespace"), Map.entry("--namespace", "namespace"),
            Map.entry("-l", "selector"), Map.entry("--selector", "selector"),
            Map.entry("-f", "filename"), Map.entry("--filename", "filename"),
            Map.entry("-p", "patch"), Map.entry("--patch", "patch"),
            Map.entry("--type", "type"),
            Map.entry("--replicas", "replicas"),
            Map.entry("--grace-period", "grace-period"),
            Map.entry("--timeout", "timeout"),
            Map.entry("--for", "for"),
            Map.entry("--image", "image"),
            Map.entry("--restart", "restart"),
            Map.entry("--cascade", "cascade"),
            Map.entry("--revision", "revision"), Map.entry("--to-revision", "to-revision"),
            Map.entry("--wait", "wait"));
    /** Boolean flags, by every spelling. */
    private static final Map<String, String> BOOLEAN = Map.ofEntries(
            Map.entry("--force", "force"), Map.entry("--rm", "rm"), Map.entry("--all", "all"),
            Map.entry("-i", "stdin"), Map.entry("--stdin", "stdin"), Map.entry("-t", "tty"), Map.entry("--tty", "tty"),
            Map.entry("-A", "all-namespaces"), Map.entry("--all-namespaces", "all-namespaces"));

    private final List<String> positional = new ArrayList<>();
    private final List<String> afterDash = new ArrayList<>();
    private final TreeMap<String, String> values = new TreeMap<>();

    /** @throws ConsoleException for an unknown flag, one the command does not take, or a missing value */
    public static KubectlArgs parse(List<String> words, Set<String> allowed, String command) {
        KubectlArgs args = new KubectlArgs();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("--")) {
                args.afterDash.addAll(words.subList(i + 1, words.size()));
                break;
            }
            if (!w.startsWith("-") || w.equals("-")) {
                args.positional.add(w);
                continue;
            }
            String spelled = w;
            String inline = null;
            int eq = w.indexOf('=');
            if (w.startsWith("--") && eq > 0) {
                spelled = w.substring(0, eq);
                inline = w.substring(eq + 1);
            } else if (!w.startsWith("--") && w.length() > 2) {
                if (w.equals("-it") || w.equals("-ti")) {
                    args.values.put("stdin", "true");
                    args.values.put("tty", "true");
                    continue;
                }
                spelled = w.substring(0, 2);
                inline = w.substring(2);
            }
            String name;
            if (VALUED.containsKey(spelled)) {
                name = VALUED.get(spelled);
                if (inline == null) {
                    if ("wait".equals(name)) {
                        inline = "true";
                    } else if (i + 1 < words.size()) {
                        inline = words.get(++i);
                    } else {
                        throw new ConsoleException("error: flag needs an argument: " + describe(spelled) + "\n"
                                + "See 'kubectl " + command + " --help' for usage.");
                    }
                }
            } else if (BOOLEAN.containsKey(spelled)) {
                name = BOOLEAN.get(spelled);
                inline = inline == null ? "true" : inline;
            } else {
                throw unknown(spelled, command);
            }
            if (!allowed.contains(name)) {
                throw unknown(spelled, command);
            }
            args.values.put(name, inline);
        }
        return args;
    }

    private static String describe(String spelled) {
        return spelled.startsWith("--") ? spelled : "'" + spelled.substring(1) + "' in " + spelled;
    }

    private static ConsoleException unknown(String spelled, String command) {
        String what = spelled.startsWith("--") ? "unknown flag: " + spelled
                : "unknown shorthand flag: '" + spelled.substring(1, 2) + "' in " + spelled;
        return new ConsoleException("error: " + what + "\nSee 'kubectl " + command + " --help' for usage.");
    }

    public List<String> positional() {
        return positional;
    }

    public List<String> afterDash() {
        return afterDash;
    }

    public String value(String name) {
        return values.get(name);
    }

    public String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public boolean flag(String name) {
        return "true".equalsIgnoreCase(values.get(name));
    }
}
