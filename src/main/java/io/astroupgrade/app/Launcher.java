package io.astroupgrade.app;

/**
 * The main class. It does not extend Application, so {@code java -jar} works with JavaFX on the class path.
 * No arguments (or only {@code --project DIR}, {@code --smoke}) start the GUI; a sub-command runs headless.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        var gui = GuiArgs.parse(args);
        System.exit(gui.isPresent() ? GuiStarter.start(gui.get().project(), gui.get().smoke()) : Cli.run(args));
    }
}
