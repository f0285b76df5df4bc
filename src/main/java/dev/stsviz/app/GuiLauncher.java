package dev.stsviz.app;

import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.view.PlaceholderWindow;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX Application, started by {@link Main}; receives its context through a static hand-off. */
public final class GuiLauncher extends Application {
    private static AppContext context;
    private SimulatedClusterSource source;

    static void launch(AppContext appContext) {
        context = appContext;
        Application.launch(GuiLauncher.class);
    }

    @Override
    public void start(Stage stage) {
        source = context.createSimulator();
        source.start();
        source.play();
        new PlaceholderWindow(source).show(stage);
    }

    @Override
    public void stop() {
        if (source != null) {
            source.close();
        }
    }
}
