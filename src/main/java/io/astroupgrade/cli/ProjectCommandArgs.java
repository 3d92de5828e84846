package io.astroupgrade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Arguments shared by the project commands (inspect, plan, set-version, undo), as picocli mixins. */
final class ProjectCommandArgs {

    private ProjectCommandArgs() {}

    /** The project folder, and the command's output stream. */
    static final class Project {
        @Parameters(index = "0", paramLabel = "PROJECT_DIR", description = "The Astro project folder.")
        Path dir;

        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        PrintWriter out() { return spec.commandLine().getOut(); }

        PrintWriter err() { return spec.commandLine().getErr(); }
    }

    /** The target runtime version. */
    static final class Target {
        @Option(names = "--to", required = true, paramLabel = "VERSION", description = "Target runtime version: X.Y.Z or A.B-N.")
        String version;
    }
}
