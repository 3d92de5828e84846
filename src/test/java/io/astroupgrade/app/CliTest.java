package io.astroupgrade.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void onlyGuiOptionsStartTheGuiWithoutPicocli() {
        assertThat(GuiArgs.parse(new String[] {})).contains(new GuiArgs(null, false));
        assertThat(GuiArgs.parse(new String[] {"--smoke"})).contains(new GuiArgs(null, true));
        assertThat(GuiArgs.parse(new String[] {"--project", "/tmp/p"})).contains(new GuiArgs(Path.of("/tmp/p"), false));
        assertThat(GuiArgs.parse(new String[] {"--project=/tmp/p", "--smoke"})).contains(new GuiArgs(Path.of("/tmp/p"), true));
        assertThat(GuiArgs.parse(new String[] {"--project"})).isEmpty();
        assertThat(GuiArgs.parse(new String[] {"--project", "/a", "--project", "/b"})).isEmpty();
        assertThat(GuiArgs.parse(new String[] {"--project", "bad\0path"})).isEmpty();
        assertThat(GuiArgs.parse(new String[] {"inspect", "/tmp/p"})).isEmpty();
        assertThat(GuiArgs.parse(new String[] {"--version"})).isEmpty();
    }

    @Test
    void aGuiOptionWithoutItsValueGetsPicocliUsageError() {
        StringWriter err = new StringWriter();
        assertThat(Cli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute("--project")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter for option '--project'");
    }

    @Test
    void helpListsEverySubCommand() {
        StringWriter out = new StringWriter();
        assertThat(Cli.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute("--help")).isZero();
        assertThat(out.toString()).contains("inspect", "plan", "set-version", "undo", "versions", "providers", "pin", "--project", "--smoke");
    }
}
