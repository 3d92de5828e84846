package io.astroupgrade.runtime;

/** A feed or catalog document that cannot be read as a version list. The message is user-facing. */
public final class FeedFormatException extends Exception {
    public FeedFormatException(String message) {
        super(message);
    }
}
