package io.astroupgrade.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** The one message bundle, {@code io/astroupgrade/messages.properties}, for FXML and code. */
public final class Resources {

    public static final String BUNDLE_PATH = "/io/astroupgrade/messages.properties";
    private static final ResourceBundle MESSAGES = load();

    private Resources() {}

    /**
     * Read directly rather than through {@code ResourceBundle.getBundle}: there is one language, and the
     * locale search probes every jar on the class path for classes and files that do not exist.
     */
    private static ResourceBundle load() {
        try (InputStream in = Resources.class.getResourceAsStream(BUNDLE_PATH)) {
            if (in == null) throw new IllegalStateException("Missing " + BUNDLE_PATH);
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + BUNDLE_PATH, e);
        }
    }

    public static ResourceBundle bundle() {
        return MESSAGES;
    }

    /** The message for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public static String text(String key, Object... arguments) {
        String pattern = MESSAGES.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
