package dev.stsviz.view;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.util.Optional;

/**
 * A confirmation for an action that cannot be undone (force delete, cutting a node off): Cancel is the default
 * button, so Enter or a stray keypress cancels; the action takes a deliberate click or its Alt mnemonic.
 */
final class DestructiveDialog {
    private DestructiveDialog() {
    }

    /** @param actionLabel the destructive button's text; an underscore marks its Alt mnemonic, e.g. "_Force delete" */
    static Alert create(String title, String header, String content, String actionLabel) {
        ButtonType act = new ButtonType(actionLabel, ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, content, ButtonType.CANCEL, act);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        Button action = (Button) alert.getDialogPane().lookupButton(act);
        action.setDefaultButton(false);
        action.setMnemonicParsing(true);
        action.setId("destructive-action");
        cancel.setDefaultButton(true);
        cancel.setCancelButton(true);
        return alert;
    }

    /** Shows the dialog and waits: true only when the destructive button was pressed. */
    static boolean confirm(String title, String header, String content, String actionLabel) {
        Alert alert = create(title, header, content, actionLabel);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.OTHER;
    }
}
