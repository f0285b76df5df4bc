package dev.stsviz.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a script into command lines: skips blank lines and # comments, drops a leading "$ " (so lines pasted from
 * the chapter work), and joins lines ending in a backslash with the next, as a shell does.
 */
public final class ScriptReader {
    public static List<String> commands(String script) {
        List<String> commands = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : script.split("\r?\n", -1)) {
            String line = raw.strip();
            if (pending.isEmpty()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("$ ")) {
                    line = line.substring(2).strip();
                } else if (line.equals("$")) {
                    continue;
                }
            }
            if (line.endsWith("\\") && !line.endsWith("\\\\")) {
                pending.append(line.substring(0, line.length() - 1).stripTrailing()).append(' ');
                continue;
            }
            pending.append(line);
            commands.add(pending.toString().strip());
            pending.setLength(0);
        }
        if (!pending.isEmpty()) {
            commands.add(pending.toString().strip());
        }
        return commands;
    }

    private ScriptReader() {
    }
}
