package io.astroupgrade.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void onlyGuiOptionsStartTheGuiWithoutBuildingTheSubCommands() {
        assertThat(Cli.startsGui(new String[] {})).isTrue();
        assertThat(Cli.startsGui(new String[] {"--smoke"})).isTrue();
        assertThat(Cli.startsGui(new String[] {"--project", "/tmp/p"})).isTrue();
        assertThat(Cli.startsGui(new String[] {"--project=/tmp/p", "--smoke"})).isTrue();
        assertThat(Cli.startsGui(new String[] {"--project"})).isFalse();
        assertThat(Cli.startsGui(new String[] {"inspect", "/tmp/p"})).isFalse();
        assertThat(Cli.startsGui(new String[] {"--version"})).isFalse();
    }

    @Test
    void helpListsEverySubCommand() {
        StringWriter out = new StringWriter();
        assertThat(Cli.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute("--help")).isZero();
        assertThat(out.toString()).contains("inspect", "plan", "set-version", "undo", "versions", "providers", "pin", "--project", "--smoke");
    }
}
