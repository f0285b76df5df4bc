package dev.stsviz.view;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * What is selected in the diagram: {@code kubectl describe} and the object's YAML in two tabs under a kind/name
 * header. The chosen tab stays chosen across selections, and refreshing the same object keeps the scroll position.
 */
public final class DetailsPane {

    static final String HINT = Texts.get("details.hint");

    private final Label title = new Label();
    private final TextArea describe = readOnlyText("details-describe");
    private final TextArea yaml = readOnlyText("details-yaml");
    private final TabPane tabs = new TabPane(tab("Describe", describe), tab("YAML", yaml));
    private final Label hint = new Label(HINT);
    private final BorderPane root = new BorderPane();
    /** Partial replacements since the last full setText (counted over both areas). */
    private int replacements;
    private static final int FULL_TEXT_EVERY = 200;
    /** The tabs join the scene graph on the first selection: the window's first frame does not style two TextAreas. */
    private final StackPane stack = new StackPane(hint);

    public DetailsPane() {
        title.getStyleClass().add("details-title");
        hint.getStyleClass().add("details-hint");
        hint.setWrapText(true);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("details-tabs");
        root.setTop(title);
        root.setCenter(stack);
        root.getStyleClass().add("details-pane");
        clear();
    }

    public Node node() {
        return root;
    }

    /** The kind/name shown, "" when nothing is: a change means another object was selected (or none). */
    javafx.beans.value.ObservableStringValue shownTitleProperty() {
        return title.textProperty();
    }

    boolean hasSelection() {
        return !title.getText().isEmpty();
    }

    /** Shows an object; {@code title} is its kind/name, e.g. "pod/kubia-0". */
    public void show(String title, String describeText, String yamlText) {
        String newTitle = Objects.requireNonNullElse(title, "");
        boolean sameObject = showing() && newTitle.equals(this.title.getText());
        this.title.setText(newTitle);
        setText(describe, describeText, sameObject);
        setText(yaml, yamlText, sameObject);
        setShowing(true);
    }

    public void clear() {
        title.setText("");
        describe.clear();
        yaml.clear();
        setShowing(false);
    }

    private boolean showing() {
        return tabs.isVisible();
    }

    private void setShowing(boolean showing) {
        if (showing && tabs.getParent() == null) {
            stack.getChildren().add(0, tabs);
        }
        title.setVisible(showing);
        title.setManaged(showing);
        tabs.setVisible(showing);
        hint.setVisible(!showing);
    }

    /**
     * Unchanged text is left alone (callers refresh every pulse); the same object keeps its scroll position. A new
     * version of the same object's text usually differs in a few places (ages, a status): only the span from the
     * first to the last difference is replaced, so the lines around it keep their laid-out text, where setText would
     * lay out every line again. Caret, selection and scroll end as setText leaves them.
     */
    private void setText(TextArea area, String text, boolean sameObject) {
        String value = Objects.requireNonNullElse(text, "");
        String old = area.getText();
        if (value.equals(old)) {
            return;
        }
        double top = sameObject ? area.getScrollTop() : 0;
        double left = sameObject ? area.getScrollLeft() : 0;
        if (sameObject && !old.isEmpty() && replacements < FULL_TEXT_EVERY) {
            int prefix = 0;
            int max = Math.min(old.length(), value.length());
            while (prefix < max && old.charAt(prefix) == value.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < max - prefix && old.charAt(old.length() - 1 - suffix) == value.charAt(value.length() - 1 - suffix)) {
                suffix++;
            }
            area.replaceText(prefix, old.length() - suffix, value.substring(prefix, value.length() - suffix));
            area.selectRange(0, 0);
            replacements++;
        } else {
            // also now and then for the same object: replaceText keeps an undo record, setText drops them all
            area.setText(value);
            replacements = 0;
        }
        area.setScrollTop(top);
        area.setScrollLeft(left);
    }

    private static TextArea readOnlyText(String styleClass) {
        TextArea area = new TextArea();
        area.setEditable(false);
        // describe and YAML are column-aligned: wrapping would break the columns, so scroll instead
        area.setWrapText(false);
        area.getStyleClass().addAll("details-text", styleClass);
        return area;
    }

    private static Tab tab(String name, Node content) {
        Tab tab = new Tab(name, content);
        tab.setClosable(false);
        return tab;
    }
}
