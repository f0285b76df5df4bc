package dev.stsviz.view;

import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;

/**
 * The console made large, for reading output in class: its pane takes most of the window's height (the diagram keeps
 * a strip), and back. The console's own button and F6 anywhere in the window toggle it.
 */
final class LargeConsole {
    /** The diagram's share of the height while the console is large. */
    static final double DIAGRAM_SHARE = 0.2;
    private double before = -1;

    /**
     * @param split  the vertical split: the diagram above, the tabs below
     * @param tabs   the bottom tabs, of which {@code consoleTab} shows the console
     */
    LargeConsole(Parent window, SplitPane split, TabPane tabs, Tab consoleTab, ConsolePane console) {
        console.largeProperty().addListener((o, was, large) -> {
            if (large) {
                tabs.getSelectionModel().select(consoleTab);
                before = split.getDividerPositions()[0];
                split.setDividerPositions(DIAGRAM_SHARE);
                console.focusInput();
            } else if (before >= 0) {
                split.setDividerPositions(before);
            }
        });
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ConsolePane.LARGE.match(e)) {
                console.largeProperty().set(!console.largeProperty().get());
                e.consume();
            }
        });
    }
}
