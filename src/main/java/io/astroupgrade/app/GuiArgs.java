package io.astroupgrade.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The arguments that start the GUI: none, {@code --smoke}, {@code --project DIR} or {@code --project=DIR}.
 * Read by hand because picocli's reflection costs a third of a second of start-up; anything else goes to picocli.
 */
record GuiArgs(Path project, boolean smoke) {

    static Optional<GuiArgs> parse(String[] args) {
        Path project = null;
        boolean smoke = false;
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--smoke")) {
                    smoke = true;
                } else if (args[i].startsWith("--project=") && project == null) {
                    project = Path.of(args[i].substring("--project=".length()));
                } else if (args[i].equals("--project") && i + 1 < args.length && project == null) {
                    project = Path.of(args[++i]);
                } else {
                    return Optional.empty();
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli reports it
        }
        return Optional.of(new GuiArgs(project, smoke));
    }
}
