package io.astroupgrade.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes the first window needs on a second core while JavaFX starts on the first.
 * Classes are loaded but, except FXML and XML parsing, not initialised, so no scene-graph code runs before the toolkit is up.
 * The list ({@code startup-classes.txt}) comes from {@code -verbose:class}; a name that no longer exists is skipped.
 */
final class ClassPreloader {

    static final String LIST = "/io/astroupgrade/app/startup-classes.txt";

    private ClassPreloader() {}

    static void start() {
        Thread thread = new Thread(ClassPreloader::preload, "class-preloader");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Classes whose static set-up does not need the toolkit: FXML and XML parsing. Scene-graph classes must wait. */
    static boolean initializable(String className) {
        return className.startsWith("javafx.fxml.") || className.startsWith("com.sun.javafx.fxml.")
                || className.startsWith("com.sun.org.apache.xerces.") || className.startsWith("javax.xml.");
    }

    private static void preload() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) return;
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                try {
                    String className = name.strip();
                    Class.forName(className, initializable(className), loader);
                } catch (ClassNotFoundException | LinkageError skipped) {
                    // an old entry, or a class of another platform: nothing to warm
                }
            }
        } catch (IOException ignored) {
            // warming is an optimisation only
        }
    }
}
