package io.astroupgrade.steps.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.testing.Snapshots;
import io.astroupgrade.testing.TestProjects;
import io.astroupgrade.testing.UiHarness;
import io.astroupgrade.wizard.WizardShellController;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StartUiTest {

    @TempDir
    static Path temp;
    private UiHarness harness;
    private Scene scene;

    @Start
    void start(Stage stage) {
        harness = new UiHarness(temp.resolve("start-" + System.nanoTime()));
        ViewLoader.View<WizardShellController> view = harness.loader.load(WizardShellController.class);
        scene = UiHarness.show(stage, view.root());
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void emptyStartScreenExplainsWhatToDo(FxRobot robot) {
        verifyThat("#emptyCard", isVisible());
        assertThat(robot.lookup("#projectCard").tryQuery()).as("the project part loads with the first project").isEmpty();
        assertThat(text(robot, "#recentNone")).isNotBlank();
        robot.interact(() -> Snapshots.write(scene, "start-screen"));
        robot.clickOn("#demoButton");
        verifyThat("#demoNote", isVisible());
    }

    @Test
    void theDarkThemeIsOneClickAway(FxRobot robot) {
        harness.nextFolder = TestProjects.astroProject(temp, "dark-project");
        robot.clickOn("#openFolderButton");
        robot.clickOn("#themeToggle");
        assertThat(scene.getRoot().getStyleClass()).contains("theme-dark");
        robot.interact(() -> Snapshots.write(scene, "start-screen-dark"));
        robot.clickOn("#themeToggle");
        assertThat(scene.getRoot().getStyleClass()).contains("theme-light");
    }

    @Test
    void aFolderThatIsNotAProjectGetsAClearMessage(FxRobot robot) throws Exception {
        harness.nextFolder = Files.createDirectories(temp.resolve("not-a-project"));
        robot.clickOn("#openFolderButton");
        assertThat(text(robot, "#errorLabel")).contains("is not an Astro project", ".astro/config.yaml", "Dockerfile", "astro dev init");
        assertThat(robot.lookup("#projectCard").tryQuery()).isEmpty();
    }

    @Test
    void showsTheProjectAndValidatesTheTargetStrictly(FxRobot robot) {
        harness.nextFolder = TestProjects.astroProject(temp, "summary-project",
                "# syntax=quay.io/astronomer/airflow-extensions:latest\nARG V=9.1.0\nFROM quay.io/astronomer/astro-runtime:${V}-python-3.10\n");
        robot.clickOn("#openFolderButton");
        assertThat(text(robot, "#projectName")).isEqualTo("summary-project");
        assertThat(text(robot, "#imageLabel")).isEqualTo("quay.io/astronomer/astro-runtime:9.1.0-python-3.10");
        assertThat(text(robot, "#currentVersionLabel")).isEqualTo("9.1.0 (Airflow 2)");
        assertThat(text(robot, "#requirementsLabel")).startsWith("Not present");
        assertThat(text(robot, "#dockerLabel")).contains("Not found on PATH");
        assertThat(text(robot, "#statusBar")).startsWith("Opened ").contains("summary-project", "9.1.0");

        // The recommended target is proposed: the latest stable 9.x would be yanked, so it comes from the catalog's rules.
        assertThat(robot.lookup("#targetField").queryAs(javafx.scene.control.TextField.class).getText()).isNotBlank();
        UiHarness.typeTarget(robot, "9.2");
        assertThat(text(robot, "#targetMessage")).contains("partial", "9.2.0");
        UiHarness.typeTarget(robot, "9.0.0");
        assertThat(text(robot, "#targetMessage")).contains("lower");
        UiHarness.typeTarget(robot, "9.3.0");
        assertThat(text(robot, "#targetMessage")).contains("yanked");
        verifyThat("#nextButton", org.testfx.matcher.base.NodeMatchers.isDisabled());
        UiHarness.typeTarget(robot, "9.99.0");
        verifyThat("#confirmUnknownCheck", isVisible());
        verifyThat("#nextButton", org.testfx.matcher.base.NodeMatchers.isDisabled());
        robot.clickOn("#confirmUnknownCheck");
        verifyThat("#nextButton", org.testfx.matcher.base.NodeMatchers.isEnabled());
        UiHarness.typeTarget(robot, "3.1-12");
        assertThat(text(robot, "#targetMessage")).contains("3.1-12");
        assertThat(robot.lookup(".recent-project").queryAll()).hasSize(1);
    }

    @Test
    void recentProjectsAreRememberedAcrossStarts(FxRobot robot) {
        Path project = TestProjects.astroProject(temp, "recent-project");
        harness.nextFolder = project;
        robot.clickOn("#openFolderButton");
        // A new start with the same user folders reads the list back from disk.
        assertThat(new io.astroupgrade.platform.RecentProjects(harness.context.userDirs()).list()).containsExactly(project.toAbsolutePath());
        assertThat(robot.lookup(".recent-project").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactly("recent-project  \u2014  " + project.toAbsolutePath().getParent());
        assertThat(robot.lookup(".recent-project").queryAs(Button.class).getAlignment()).isEqualTo(javafx.geometry.Pos.CENTER_LEFT);

        robot.clickOn("#changeProjectButton");
        verifyThat("#openCard", isVisible());
        verifyThat("#projectChoice", isInvisible());
        robot.clickOn(".recent-project");
        verifyThat("#projectChoice", isVisible());
        assertThat(text(robot, "#projectName")).isEqualTo("recent-project");
    }
}
