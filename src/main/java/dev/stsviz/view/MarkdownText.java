package dev.stsviz.view;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown a lesson is written in, as JavaFX nodes: paragraphs, bullet and numbered lists, ``` code blocks, and
 * inline **bold** and `code`. Enough for a few sentences of narration; anything else shows as plain text.
 */
final class MarkdownText {
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*]|\\d+\\.)\\s+(.*)$");

    private MarkdownText() {
    }

    /** A box of paragraphs; {@code styleClass} names it for tests and CSS. */
    static VBox render(String markdown, String styleClass) {
        VBox box = new VBox();
        box.getStyleClass().addAll("markdown", styleClass);
        if (markdown == null) {
            return box;
        }
        List<String> paragraph = new ArrayList<>();
        List<String> code = null;
        for (String line : markdown.split("\n", -1)) {
            if (line.trim().startsWith("```")) {
                if (code == null) {
                    flush(box, paragraph);
                    code = new ArrayList<>();
                } else {
                    box.getChildren().add(codeBlock(code));
                    code = null;
                }
            } else if (code != null) {
                code.add(line);
            } else if (line.isBlank()) {
                flush(box, paragraph);
            } else {
                Matcher bullet = BULLET.matcher(line);
                if (bullet.matches()) {
                    flush(box, paragraph);
                    box.getChildren().add(listItem(bullet.group(1), bullet.group(2)));
                } else if (line.startsWith("  ") && !box.getChildren().isEmpty() && paragraph.isEmpty()
                        && box.getChildren().get(box.getChildren().size() - 1).getStyleClass().contains("md-item")) {
                    HBox item = (HBox) box.getChildren().get(box.getChildren().size() - 1);
                    TextFlow flow = (TextFlow) item.getChildren().get(1);
                    flow.getChildren().addAll(inline(" " + line.trim()));
                } else {
                    paragraph.add(line.trim());
                }
            }
        }
        if (code != null) {
            box.getChildren().add(codeBlock(code));
        }
        flush(box, paragraph);
        return box;
    }

    private static void flush(VBox box, List<String> paragraph) {
        if (paragraph.isEmpty()) {
            return;
        }
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(inline(String.join(" ", paragraph)));
        flow.getStyleClass().add("md-paragraph");
        box.getChildren().add(flow);
        paragraph.clear();
    }

    private static Node listItem(String marker, String text) {
        Label bullet = new Label(marker.equals("-") || marker.equals("*") ? "•" : marker);
        bullet.getStyleClass().add("md-bullet");
        bullet.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(inline(text));
        HBox.setHgrow(flow, Priority.ALWAYS);
        HBox item = new HBox(bullet, flow);
        item.getStyleClass().add("md-item");
        return item;
    }

    private static Node codeBlock(List<String> lines) {
        Text text = new Text(String.join("\n", lines));
        text.getStyleClass().addAll("md-text", "md-code");
        TextFlow flow = new TextFlow(text);
        flow.getStyleClass().add("md-code-block");
        return flow;
    }

    /** Plain, **bold** and `code` runs of one paragraph. */
    static List<Text> inline(String text) {
        List<Text> runs = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                runs.add(run(text.substring(at, m.start())));
            }
            Text styled = run(m.group(1) != null ? m.group(1) : m.group(2));
            styled.getStyleClass().add(m.group(1) != null ? "md-bold" : "md-code");
            runs.add(styled);
            at = m.end();
        }
        if (at < text.length()) {
            runs.add(run(text.substring(at)));
        }
        return runs;
    }

    private static Text run(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("md-text");
        return t;
    }
}
