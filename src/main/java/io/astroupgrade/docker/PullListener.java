package io.astroupgrade.docker;

/** Told about every step of a pull, on the pulling thread (the UI must hop to its own thread). */
@FunctionalInterface
public interface PullListener {

    void progress(PullProgress progress);

    PullListener NONE = progress -> { };
}
