package io.astroupgrade.steps.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isEnabled;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.testing.Snapshots;
import io.astroupgrade.testing.TestProjects;
import io.astroupgrade.testing.UiHarness;
import io.astroupgrade.ui.DiffView;
import io.astroupgrade.wizard.Direction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Step 4 through the real wiring: diff preview, safe write with backup, undo, refusals and a concurrent change. */
@ExtendWith(ApplicationExtension.class)
class DockerfileUiTest {

    private static final String ORIGINAL = "\uFEFF# our image\r\nFROM --platform=linux/amd64 quay.io/astronomer/astro-runtime:12.1.0-python-3.11 AS runtime\r\nRUN echo hi";

    @TempDir
    Path temp;
    private Stage stage;
    private UiHarness harness;
    private DockerfileController controller;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiHarness.show(stage, new StackPane());
    }

    private Path open(FxRobot robot, String dockerfile, String target) throws Exception {
        Path dir = TestProjects.astroProject(temp, "p", "");
        Files.write(dir.resolve("Dockerfile"), dockerfile.getBytes(StandardCharsets.UTF_8));
        harness = new UiHarness(temp.resolve("user"));
        harness.context.session().setProject(AstroProject.open(dir));
        harness.context.session().setTargetVersion(RuntimeVersion.parse(target));
        robot.interact(() -> {
            ViewLoader.View<DockerfileController> view = harness.loader.load(DockerfileController.class);
            controller = view.controller();
            UiHarness.host(stage, view.root());
            controller.onEnter(harness.context.session(), Direction.FORWARD);
        });
        return dir;
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void previewsAppliesAndUndoesKeepingEveryOtherByte(FxRobot robot) throws Exception {
        Path dir = open(robot, ORIGINAL, "12.3.0");
        assertThat(text(robot, "#currentFromLabel")).contains("line 2", "12.1.0-python-3.11");
        assertThat(text(robot, "#newFromLabel")).contains("12.3.0-python-3.11", "--platform=linux/amd64", "AS runtime");
        DiffView diff = robot.lookup("#diffView").queryAs(DiffView.class);
        assertThat(diff.getItems()).anyMatch(l -> l.startsWith("-FROM")).anyMatch(l -> l.startsWith("+FROM") && l.contains("12.3.0"));
        assertThat(robot.lookup(".diff-view .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .as("diff lines are monospaced, so the columns of the old and the new line match")
                .isNotEmpty().allMatch(cell -> cell.getFont().getFamily().equals("Monospaced"));
        assertThat(robot.lookup("#currentFromLabel").queryAs(Label.class).getFont().getFamily()).isEqualTo("Monospaced");
        assertThat(controller.canAdvanceProperty().get()).isFalse();
        verifyThat("#undoButton", isDisabled());
        Scene scene = stage.getScene();
        robot.interact(() -> Snapshots.write(scene.getRoot().lookup(".step-view"), "step-4-preview"));

        robot.clickOn("#applyButton");
        String written = Files.readString(dir.resolve("Dockerfile"), StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(ORIGINAL.replace("12.1.0-python", "12.3.0-python"));
        assertThat(controller.canAdvanceProperty().get()).isTrue();
        verifyThat("#doneLabel", isVisible());
        assertThat(text(robot, "#backupLabel")).contains(".astro-upgrade", "backups");
        robot.interact(() -> Snapshots.write(scene.getRoot().lookup(".step-view"), "step-4-applied"));

        robot.clickOn("#undoButton");
        assertThat(Files.readAllBytes(dir.resolve("Dockerfile"))).isEqualTo(ORIGINAL.getBytes(StandardCharsets.UTF_8));
        assertThat(controller.canAdvanceProperty().get()).isFalse();
        verifyThat("#applyButton", isEnabled());
    }

    @Test
    void aFileChangedOnDiskAfterReadingIsNotWritten(FxRobot robot) throws Exception {
        Path dir = open(robot, "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "12.3.0");
        String edited = "FROM quay.io/astronomer/astro-runtime:12.1.0\nENV EDITED_ELSEWHERE=1\n";
        Files.writeString(dir.resolve("Dockerfile"), edited);
        robot.clickOn("#applyButton");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(edited);
        assertThat(text(robot, "#problemLabel")).isNotBlank();
        assertThat(controller.canAdvanceProperty().get()).isFalse();
    }

    @Test
    void aDowngradeIsRefusedWithTheReason(FxRobot robot) throws Exception {
        open(robot, "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "11.3.0");
        assertThat(text(robot, "#problemLabel")).containsIgnoringCase("rollback");
        verifyThat("#applyButton", isDisabled());
        assertThat(controller.canAdvanceProperty().get()).isFalse();
    }

    @Test
    void aDockerfileAlreadyAtTheTargetCanAdvanceAtOnce(FxRobot robot) throws Exception {
        open(robot, "FROM quay.io/astronomer/astro-runtime:12.3.0\n", "12.3.0");
        assertThat(controller.canAdvanceProperty().get()).isTrue();
        verifyThat("#applyButton", isDisabled());
    }
}
