package dev.stsviz.view;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The window's keys, tried in the order they were added; the first that matches runs and the key goes no further.
 * While a text field has focus (also the one inside an editable spinner or combo box) every key goes to the field.
 */
final class WindowKeys {
    private record Binding(Predicate<KeyEvent> matches, Runnable action) {
    }

    private final List<Binding> bindings = new ArrayList<>();

    WindowKeys on(Predicate<KeyEvent> matches, Runnable action) {
        bindings.add(new Binding(matches, action));
        return this;
    }

    /** This key with any modifiers. */
    WindowKeys on(KeyCode code, Runnable action) {
        return on(e -> e.getCode() == code, action);
    }

    /** Exactly this combination (Ctrl / Cmd as the platform's shortcut). */
    WindowKeys on(KeyCombination combination, Runnable action) {
        return on(combination::match, action);
    }

    static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    void handle(KeyEvent e) {
        if (typesText(e.getTarget())) {
            return;
        }
        for (Binding binding : bindings) {
            if (binding.matches().test(e)) {
                binding.action().run();
                e.consume();
                return;
            }
        }
    }

    /** A text field, or a control with one inside that has the focus (the replicas box, an editable choice). */
    static boolean typesText(Object target) {
        return target instanceof TextInputControl
                || target instanceof javafx.scene.control.Spinner<?> spinner && spinner.isEditable()
                || target instanceof javafx.scene.control.ComboBox<?> combo && combo.isEditable();
    }
}
