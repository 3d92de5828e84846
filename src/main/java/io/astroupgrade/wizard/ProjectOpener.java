package io.astroupgrade.wizard;

import java.nio.file.Path;

/** A step that can open a project folder handed to it from outside (the command line's {@code --project}). */
public interface ProjectOpener {
    void open(Path folder);
}
