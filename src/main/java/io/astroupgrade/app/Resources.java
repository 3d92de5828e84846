package io.astroupgrade.app;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The one message bundle, {@code io/astroupgrade/messages.properties}, for FXML and code. */
public final class Resources {

    public static final String BUNDLE = "io.astroupgrade.messages";
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE);

    private Resources() {}

    public static ResourceBundle bundle() {
        return MESSAGES;
    }

    /** The message for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public static String text(String key, Object... arguments) {
        String pattern = MESSAGES.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
