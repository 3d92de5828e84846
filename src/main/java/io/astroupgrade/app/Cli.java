package io.astroupgrade.app;

import io.astroupgrade.cli.InspectCommand;
import io.astroupgrade.cli.PinCommand;
import io.astroupgrade.cli.PlanCommand;
import io.astroupgrade.cli.SetVersionCommand;
import io.astroupgrade.cli.UndoCommand;
import io.astroupgrade.cli.VersionsCommand;
import io.astroupgrade.cli.ProvidersCommand;
import io.astroupgrade.tasks.ImmediateTaskRunner;
import java.io.PrintWriter;
import io.astroupgrade.docker.DockerImageInspector;
import io.astroupgrade.docker.ImageInspector;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line. Without a sub-command it starts the GUI; sub-commands run headless and use the
 * same services as the GUI. Errors are printed as one clear line, never as a stack trace.
 */
@Command(name = "astro-upgrade-wizard",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Upgrades the Astro Runtime of an Astro project, step by step.",
        subcommands = {InspectCommand.class, PlanCommand.class, SetVersionCommand.class, UndoCommand.class, VersionsCommand.class, ProvidersCommand.class, PinCommand.class})
public final class Cli implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    GuiOptions gui = new GuiOptions();

    @Override
    public Integer call() {
        return gui.call();
    }

    /** The GUI options as picocli sees them: for --help, and for the errors {@link GuiArgs} leaves to picocli. */
    static final class GuiOptions implements Callable<Integer> {
        @Option(names = "--project", paramLabel = "DIR", description = "Open this Astro project folder at start-up.")
        Path project;

        @Option(names = "--smoke", description = "Start the GUI, render the start screen once, print startup_ms=<ms> and exit.")
        boolean smoke;

        @Override
        public Integer call() {
            return GuiStarter.start(project, smoke);
        }
    }

    /** Runs a command line that is not GUI-only ({@link Launcher} starts the GUI for those without picocli). */
    public static int run(String[] args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A command line whose sub-commands get the services of one headless {@link AppContext}, made on first use. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Cli(), new CommandFactory());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        });
        return cli;
    }

    /**
     * An explicit map from command class to constructor call, like the controllers' factory: each command names the
     * services it uses. Classes not in the map (options, mixins, commands without services) are made by picocli.
     */
    static final class CommandFactory implements CommandLine.IFactory {
        private final Map<Class<?>, Supplier<?>> commands = new HashMap<>();
        private AppContext context;

        CommandFactory() {
            commands.put(PlanCommand.class, () -> new PlanCommand(context().projectFiles(), context().catalogService()));
            commands.put(SetVersionCommand.class, () -> new SetVersionCommand(context().projectFiles(), context().catalogService()));
            commands.put(VersionsCommand.class, () -> new VersionsCommand(context().catalogService(), context().userDirs().cacheDir()));
            commands.put(ProvidersCommand.class, () -> new ProvidersCommand(this::dockerForOneRun));
            commands.put(PinCommand.class, () -> new PinCommand(context().projectFiles(), this::dockerForOneRun));
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            Supplier<?> constructor = commands.get(type);
            return constructor != null ? type.cast(constructor.get()) : CommandLine.defaultFactory().create(type);
        }

        /** A Docker connection that the command closes when it is done. */
        private ImageInspector dockerForOneRun() {
            return DockerImageInspector.forUser(context().userDirs());
        }

        private AppContext context() {
            if (context == null) context = AppContext.forUser(new ImmediateTaskRunner());
            return context;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Astro Upgrade Wizard " + (version == null ? "(development build)" : version)};
        }
    }
}
