package io.astroupgrade.runtime.considerations;

import java.util.Locale;

/** How much a consideration matters. Breaking items need an acknowledgement before the user goes on. */
public enum Severity {
    BREAKING, ACTION_NEEDED, INFO;

    static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public String label() { return name().toLowerCase(Locale.ROOT).replace('_', ' '); }
}
