package io.astroupgrade.testing;

import io.astroupgrade.app.AppContext;
import io.astroupgrade.app.Controllers;
import io.astroupgrade.app.Theme;
import io.astroupgrade.app.ViewLoader;
import io.astroupgrade.platform.Executables;
import io.astroupgrade.platform.UserDirs;
import io.astroupgrade.tasks.ImmediateTaskRunner;
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

    public UiHarness(Path tempDir) {
        context = new AppContext(UserDirs.under(tempDir.resolve("user")), new ImmediateTaskRunner(),
                new Executables("", false));
        loader = Controllers.viewLoader(context, dialogs, owner -> Optional.ofNullable(nextFolder).map(Path::toFile));
    }

    public static Scene show(Stage stage, Parent root) {
        Scene scene = new Scene(root, 1120, 740);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
