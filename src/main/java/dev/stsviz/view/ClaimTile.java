package dev.stsviz.view;

import dev.stsviz.view.model.ClaimView;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A PVC, the PV it is bound to and where its data is; dashed and marked "detached" while no pod mounts it (after a
 * scale-down); "shared by 3 pods" when many pods mount it (the pods' names in its tooltip).
 */
final class ClaimTile extends VBox {
    private final Label name = new Label();
    private final Label status = new Label();
    private final Label volume = new Label();
    /** Where the data is: a node's directory, or the node a disk is attached to. */
    private final Label place = new Label();
    private final Tooltip full = new Tooltip();
    private ClaimView view;

    ClaimTile(ClaimView view) {
        getStyleClass().add("claim-tile");
        name.getStyleClass().add("claim-name");
        status.getStyleClass().add("claim-status");
        volume.getStyleClass().add("claim-volume");
        place.getStyleClass().add("claim-place");
        place.setWrapText(true); // where the data lives is the point of the tile: wrapped, never cut
        place.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(name, status, volume, place);
        Tooltip.install(this, full);
        update(view);
    }

    ClaimView view() {
        return view;
    }

    void update(ClaimView next) {
        if (next.equals(view)) {
            return;
        }
        view = next;
        name.setText("⛁ " + next.name());
        status.setText(next.status() + (next.detached() ? " · detached"
                : next.shared() ? " · " + Texts.get("claim.sharedBy", next.mounters().size()) : " · " + next.mountedBy()));
        volume.setText("PV " + next.shortVolume() + (next.capacity().isEmpty() ? "" : " · " + next.capacity()));
        // a stuck volume is marked by a sign and words, not by colour alone
        place.setText(next.place().isEmpty() ? "" : (next.placeStuck() ? "⚠ " : "⌂ ") + next.place());
        place.setVisible(!next.place().isEmpty());
        place.setManaged(!next.place().isEmpty());
        place.getStyleClass().remove("claim-place-stuck");
        if (next.placeStuck()) {
            place.getStyleClass().add("claim-place-stuck");
        }
        getStyleClass().removeAll("detached", "attached", "claim-pending", "claim-terminating", "claim-shared");
        if (next.shared()) {
            getStyleClass().add("claim-shared");
        }
        getStyleClass().add(next.detached() ? "detached" : "attached");
        if (!"Bound".equals(next.status())) {
            getStyleClass().add("Terminating".equals(next.status()) ? "claim-terminating" : "claim-pending");
        }
        // the tile is as wide as a column: what a cut line says in full
        full.setText(name.getText() + "\n" + status.getText() + (next.shared() ? "\n" + String.join(", ", next.mounters()) : "")
                + "\n" + volume.getText() + (next.place().isEmpty() ? "" : "\n" + place.getText()));
        setAccessibleText("claim " + next.name() + " " + next.status() + (next.place().isEmpty() ? "" : ", " + next.place()));
    }
}
