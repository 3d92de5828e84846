package io.astroupgrade.testing;

import io.astroupgrade.app.AppContext;
import io.astroupgrade.app.Controllers;
import io.astroupgrade.ui.Theme;
import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.platform.Executables;
import io.astroupgrade.platform.UserDirs;
import io.astroupgrade.runtime.RuntimeCatalogService;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import io.astroupgrade.tasks.ImmediateTaskRunner;
import io.astroupgrade.ui.UiServices;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Builds the real views through the real {@link Controllers} wiring, with test services:
 * user folders in a temp dir, inline tasks, self-answering dialogs and a folder chooser that returns {@link #nextFolder}.
 */
public final class UiHarness {

    public final AppContext context;
    public final AnsweringDialogs dialogs = new AnsweringDialogs();
    public final ViewLoader loader;
    public Path nextFolder;
    public final FakeImageInspector docker = new FakeImageInspector();
    public final java.util.List<String> openedLinks = new java.util.ArrayList<>();

    public UiHarness(Path tempDir) {
        this(tempDir, null);
    }

    /** With a real Docker service instead of the in-memory one ({@code null} for the in-memory one). */
    public UiHarness(Path tempDir, io.astroupgrade.docker.ImageInspector realDocker) {
        UserDirs dirs = UserDirs.under(tempDir.resolve("user"));
        // The feed address refuses at once: the catalog falls back to the bundled snapshot, as offline.
        RuntimeCatalogService catalog = new RuntimeCatalogService(dirs.cacheDir(), URI.create("http://127.0.0.1:9/astronomer-runtime"),
                Duration.ofSeconds(2), Clock.systemUTC());
        context = new AppContext(dirs, new ImmediateTaskRunner(), new Executables("", false), catalog,
                realDocker != null ? realDocker : docker);
        loader = Controllers.viewLoader(context, new UiServices(dialogs,
                owner -> Optional.ofNullable(nextFolder).map(Path::toFile), openedLinks::add));
    }

    /** Replaces whatever the target field proposes with {@code version}, typed like a user would. */
    public static void typeTarget(org.testfx.api.FxRobot robot, String version) {
        javafx.scene.control.TextField field = robot.lookup("#targetField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(version);
    }

    /** Shows a step view the way the shell does: in a scroll pane that fits its width, so that text wraps. */
    public static void host(Stage stage, Parent view) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(view);
        scroll.setFitToWidth(true);
        view.getStyleClass().add("content");
        stage.getScene().setRoot(scroll);
    }

    public static Scene show(Stage stage, Parent root) {
        Scene scene = new Scene(root, 1120, 740);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
