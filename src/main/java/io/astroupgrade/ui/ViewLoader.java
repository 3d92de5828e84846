package io.astroupgrade.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view that sits next to its controller class ({@code Foo.fxml} for {@code FooController}),
 * with the controller factory and the message bundle, and adds a same-named {@code .css} if there is one.
 */
public final class ViewLoader {

    private final ControllerFactory controllers;

    public ViewLoader(ControllerFactory controllers) {
        this.controllers = controllers;
    }

    /** A loaded view and its controller. */
    public record View<C>(Parent root, C controller) {}

    public <C> View<C> load(Class<C> controllerClass) {
        String baseName = controllerClass.getSimpleName().replaceFirst("Controller$", "");
        URL fxml = controllerClass.getResource(baseName + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("Missing view " + baseName + ".fxml next to " + controllerClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, Resources.bundle());
        loader.setControllerFactory(controllers);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml + ": " + e.getMessage(), e);
        }
        sibling(fxml, baseName + ".css").ifPresent(css -> root.getStylesheets().add(css.toExternalForm()));
        Object controller = loader.getController();
        if (!controllerClass.isInstance(controller)) {
            throw new IllegalStateException(fxml + " declares " + (controller == null ? "no controller" : controller.getClass().getName())
                    + ", expected " + controllerClass.getName());
        }
        return new View<>(root, controllerClass.cast(controller));
    }

    /**
     * The file next to {@code file} in the same folder or jar, if it exists. Asking the class loader instead would,
     * when the file is missing, search every jar on the class path, which costs start-up time.
     */
    static Optional<URL> sibling(URL file, String name) {
        try {
            URL candidate = new URL(file, name);
            try (InputStream probe = candidate.openStream()) {
                return Optional.of(candidate);
            }
        } catch (IOException missing) {
            return Optional.empty();
        }
    }
}
