package dev.stsviz.app;

import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX Application, started by {@link Main}; receives its context through a static hand-off. */
public final class GuiLauncher extends Application {
    private static AppContext context;
    private AppShell shell;

    static void launch(AppContext appContext) {
        context = appContext;
        Application.launch(GuiLauncher.class);
    }

    @Override
    public void start(Stage stage) {
        var icon = GuiLauncher.class.getResourceAsStream("/assets/icon-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        shell = new AppShell(context, stage);
        shell.show();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}
