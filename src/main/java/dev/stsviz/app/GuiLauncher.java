package dev.stsviz.app;

import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.view.MainView;
import dev.stsviz.view.ViewPreferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX Application, started by {@link Main}; receives its context through a static hand-off. */
public final class GuiLauncher extends Application {
    private static AppContext context;
    private SimulatedClusterSource source;
    private MainView view;

    static void launch(AppContext appContext) {
        context = appContext;
        Application.launch(GuiLauncher.class);
    }

    @Override
    public void start(Stage stage) {
        source = context.createSimulator();
        source.start();
        source.play();
        ViewPreferences prefs = ViewPreferences.user();
        view = new MainView(source, prefs);
        stage.setTitle("stsviz — StatefulSets, " + source.describeStatus().replaceAll(" t=.*", ""));
        var icon = GuiLauncher.class.getResourceAsStream("/assets/icon-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setScene(new Scene(view.root(), prefs.width(), prefs.height()));
        stage.setOnCloseRequest(e -> prefs.size(stage.getWidth(), stage.getHeight()));
        stage.show();
        view.start();
    }

    @Override
    public void stop() {
        if (view != null) {
            view.stop();
        }
        if (source != null) {
            source.close();
        }
    }
}
