package dev.stsviz.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Says that the window shows the past ("Showing the past: t=00:06:14, 2m10s ago"), why nothing can be changed, and
 * offers Back to now and, on the simulator, Resume from here. Hidden while the window shows now.
 */
final class PastBanner extends FlowPane {
    private final Label what = new Label();
    private final Label why = new Label();
    private final Button backToNow = new Button(Texts.get("past.backToNow"));
    private final Button resume = new Button(Texts.get("past.resume"));

    PastBanner(Runnable onBackToNow, Runnable onResume) {
        super(12, 4);
        getStyleClass().add("past-banner");
        setId("past-banner");
        setAlignment(Pos.CENTER_LEFT);
        setRowValignment(javafx.geometry.VPos.CENTER);
        what.getStyleClass().add("past-banner-text");
        what.setId("past-text");
        what.setMinWidth(Region.USE_PREF_SIZE);
        why.getStyleClass().add("past-banner-why");
        why.setId("past-why");
        why.setWrapText(true);
        backToNow.setId("back-to-now");
        backToNow.setMinWidth(Region.USE_PREF_SIZE);
        backToNow.setTooltip(new Tooltip(Texts.get("past.backToNow.tip")));
        backToNow.setOnAction(e -> onBackToNow.run());
        resume.setId("resume-here");
        resume.setMinWidth(Region.USE_PREF_SIZE);
        resume.setTooltip(new Tooltip(Texts.get("past.resume.tip")));
        resume.setOnAction(e -> onResume.run());
        getChildren().addAll(what, backToNow, resume, why);
        show(null, null, false, false);
    }

    /**
     * @param text null hides the banner
     * @param why  the line saying why nothing can be changed
     */
    void show(String text, String why, boolean offerBackToNow, boolean offerResume) {
        boolean shown = text != null;
        if (shown) { // the words first: the banner never shows empty
            what.setText(text);
            this.why.setText(why);
        }
        setVisible(shown);
        setManaged(shown);
        backToNow.setVisible(offerBackToNow);
        backToNow.setManaged(offerBackToNow);
        resume.setVisible(offerResume);
        resume.setManaged(offerResume);
    }
}
