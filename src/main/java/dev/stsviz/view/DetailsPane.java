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

    static final String HINT = "Select a pod, node or claim to see its details.";

    private final Label title = new Label();
    private final TextArea describe = readOnlyText("details-describe");
    private final TextArea yaml = readOnlyText("details-yaml");
    private final TabPane tabs = new TabPane(tab("Describe", describe), tab("YAML", yaml));
    private final Label hint = new Label(HINT);
    private final BorderPane root = new BorderPane();
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

    /** Unchanged text is left alone (callers refresh every pulse); the same object keeps its scroll position. */
    private static void setText(TextArea area, String text, boolean sameObject) {
        String value = Objects.requireNonNullElse(text, "");
        if (value.equals(area.getText())) {
            return;
        }
        double top = sameObject ? area.getScrollTop() : 0;
        double left = sameObject ? area.getScrollLeft() : 0;
        area.setText(value);
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
