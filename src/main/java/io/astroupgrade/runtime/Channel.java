package io.astroupgrade.runtime;

import java.util.Locale;

/** The feed's release channel. Anything unrecognised or missing is {@link #UNKNOWN}. */
public enum Channel {
    STABLE, DEPRECATED, ALPHA, BETA, UNKNOWN;

    public static Channel parse(String text) {
        if (text == null) return UNKNOWN;
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "stable" -> STABLE;
            case "deprecated" -> DEPRECATED;
            case "alpha" -> ALPHA;
            case "beta" -> BETA;
            default -> UNKNOWN;
        };
    }

    public boolean isPrerelease() { return this == ALPHA || this == BETA; }

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
