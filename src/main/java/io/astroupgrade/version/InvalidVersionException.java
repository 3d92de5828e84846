package io.astroupgrade.version;

/** A version string that is not a full, well-formed Astro Runtime version. The message is user-facing. */
public final class InvalidVersionException extends IllegalArgumentException {
    public InvalidVersionException(String message) {
        super(message);
    }
}
