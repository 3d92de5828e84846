package io.astroupgrade.app;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.ui.Theme;
import io.astroupgrade.ui.ViewLoader;

import io.astroupgrade.steps.start.StartController;
import io.astroupgrade.tasks.FxTaskRunner;
import io.astroupgrade.ui.FxDialogs;
import io.astroupgrade.ui.Icons;
import io.astroupgrade.ui.UiServices;
import io.astroupgrade.wizard.WizardShellController;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: builds the context, loads the shell and shows the window. */
public final class App extends Application {

    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 640;

    /** Set by {@link GuiStarter} before launch (JavaFX creates this class itself). */
    static volatile Path initialProject;
    static volatile boolean smoke;
    /** True once JavaFX is up and has called {@link #start}: a later failure is ours, not the desktop's. */
    static volatile boolean started;

    private FxTaskRunner taskRunner;
    private AppContext context;
    private WizardShellController shell;

    @Override
    public void start(Stage stage) {
        started = true;
        Theme.LIGHT.installUserAgentStylesheet();
        taskRunner = new FxTaskRunner();
        taskRunner.start("Icon font", work -> Icons.loadFont(), loaded -> { }); // in parallel with building the window
        context = AppContext.forUser(taskRunner);
        ViewLoader loader = Controllers.viewLoader(context,
                new UiServices(new FxDialogs(() -> stage), StartController::chooseWithDialog, getHostServices()::showDocument));
        ViewLoader.View<WizardShellController> view = loader.load(WizardShellController.class);
        shell = view.controller();

        Scene scene = new Scene(view.root(), 1120, 740);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.setTitle(Resources.text("app.title"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnCloseRequest(e -> {
            if (!shell.confirmClose()) e.consume();
        });
        if (smoke) FirstFrame.reportAndExit(scene);
        stage.show();
        FirstFrame.afterFirstFrame(scene, () -> addIcons(stage)); // decoding six PNGs is not start-up work
        if (initialProject != null) shell.openProject(initialProject);
    }

    private static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = App.class.getResourceAsStream("/io/astroupgrade/icons/app-" + size + ".png");
            if (icon != null) stage.getIcons().add(new Image(icon));
        }
    }

    @Override
    public void stop() {
        if (shell != null) shell.stopAllWork();
        if (taskRunner != null) taskRunner.close();
        if (context != null) context.close();
    }
}
