package io.astroupgrade.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isEnabled;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.testing.Snapshots;
import io.astroupgrade.testing.TestProjects;
import io.astroupgrade.testing.UiHarness;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the whole wizard through the real shell: open a project, Next/Skip/mark-done through every step, Back, Cancel. */
@ExtendWith(ApplicationExtension.class)
class WizardShellUiTest {

    @TempDir
    static Path temp;

    private UiHarness harness;
    private WizardShellController shell;
    private Scene scene;

    @Start
    void start(Stage stage) {
        harness = new UiHarness(temp.resolve("walk-" + System.nanoTime()));
        harness.docker.local("quay.io/astronomer/astro-runtime:12.1.0", "apache-airflow-providers-http==4.0.0\n");
        harness.docker.remote("quay.io/astronomer/astro-runtime:12.3.0", "apache-airflow-providers-http==4.1.0\n");
        ViewLoader.View<WizardShellController> view = harness.loader.load(WizardShellController.class);
        shell = view.controller();
        scene = UiHarness.show(stage, view.root());
    }

    private void openFixture(FxRobot robot, String name, boolean localOnly) {
        harness.nextFolder = TestProjects.astroProject(temp, name);
        robot.clickOn("#openFolderButton");
        if (localOnly) robot.clickOn("#localOnlyCheck");
        UiHarness.typeTarget(robot, "12.3.0");
    }

    private String title(FxRobot robot) {
        return robot.lookup("#stepCounter").queryAs(Label.class).getText() + " | " + robot.lookup(".step-title").queryAs(Label.class).getText();
    }

    /** A sidebar row's style classes and the text it shows. */
    private static String sidebarRow(FxRobot robot, String stepKey) {
        Node row = robot.lookup("#step-" + stepKey).query();
        return row.getStyleClass() + " " + robot.from(row).lookup((Node node) -> node instanceof Text).queryAll().stream()
                .map(node -> ((Text) node).getText()).collect(Collectors.joining(" | "));
    }

    private void acknowledgeAndNext(FxRobot robot) {
        robot.interact(() -> robot.lookup(".acknowledge").queryAllAs(javafx.scene.control.CheckBox.class).forEach(box -> box.setSelected(true)));
        robot.clickOn("#nextButton");
    }

    private void markDoneAndNext(FxRobot robot) {
        robot.clickOn("#markDoneCheck");
        robot.clickOn("#nextButton");
    }

    @Test
    void walksEveryStepWithSkipMarkDoneBackAndCancel(FxRobot robot) {
        verifyThat("#nextButton", isDisabled());
        verifyThat("#cancelButton", isDisabled());
        openFixture(robot, "walk-project", false);
        verifyThat("#nextButton", isEnabled());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Snapshots.write(scene, "start-screen-project"));
        robot.clickOn("#nextButton");

        assertThat(shell.currentStep()).isEqualTo(StepId.REVIEW);
        assertThat(title(robot)).startsWith("Step 1 of 8");
        verifyThat("#skipButton", isInvisible());
        acknowledgeAndNext(robot);

        assertThat(shell.currentStep()).isEqualTo(StepId.PIN);
        verifyThat("#skipButton", isVisible());
        robot.clickOn("#skipButton");
        assertThat(shell.currentStep()).isEqualTo(StepId.UPGRADE_TEST);
        robot.clickOn("#skipButton");
        assertThat(shell.currentStep()).isEqualTo(StepId.DOCKERFILE);
        verifyThat("#nextButton", isDisabled());
        robot.clickOn("#applyButton");
        robot.interact(() -> Snapshots.write(scene, "step-4-dockerfile"));
        robot.clickOn("#nextButton");
        markDoneAndNext(robot);
        assertThat(shell.currentStep()).isEqualTo(StepId.PROVIDERS);

        // Back keeps history: we return to step 5, and its tick is still there.
        robot.clickOn("#backButton");
        assertThat(shell.currentStep()).isEqualTo(StepId.LOCAL_TEST);
        verifyThat("#nextButton", isEnabled());
        robot.clickOn("#nextButton");
        robot.clickOn("#skipButton");
        assertThat(shell.currentStep()).isEqualTo(StepId.DEPLOY);
        markDoneAndNext(robot);
        assertThat(shell.currentStep()).isEqualTo(StepId.CONFIRM);
        assertThat(robot.lookup("#nextButton").queryAs(Button.class).getText()).isEqualTo("_Finish");
        assertThat(harness.context.session().status(StepId.PIN)).isEqualTo(StepStatus.SKIPPED);
        assertThat(harness.context.session().status(StepId.REVIEW)).isEqualTo(StepStatus.DONE);
        assertThat(sidebarRow(robot, "review")).contains("step-done").doesNotContain("step-current");
        assertThat(sidebarRow(robot, "pin")).contains("step-skipped", "Skipped");
        assertThat(sidebarRow(robot, "confirm")).contains("step-current");
        robot.interact(() -> Snapshots.write(scene, "step-8-sidebar"));

        // Cancel (Esc) asks first, then returns to the start screen.
        robot.type(KeyCode.ESCAPE);
        assertThat(harness.dialogs.asked).contains("Cancel the upgrade?");
        assertThat(shell.currentStep()).isEqualTo(StepId.START);
        assertThat(harness.context.session().statuses()).isEmpty();
    }

    @Test
    void localOnlyUpgradeEndsAfterStepSixAndFinishes(FxRobot robot) {
        openFixture(robot, "local-project", true);
        robot.type(KeyCode.ENTER); // Enter means Next
        assertThat(shell.currentStep()).isEqualTo(StepId.REVIEW);
        assertThat(title(robot)).startsWith("Step 1 of 6");
        assertThat(sidebarRow(robot, "deploy")).contains("step-excluded", "Not needed for a local-only upgrade");
        assertThat(sidebarRow(robot, "review")).contains("step-current", "Review upgrade considerations");
        robot.interact(() -> Snapshots.write(scene, "local-only-sidebar"));
        acknowledgeAndNext(robot);
        robot.clickOn("#skipButton");
        robot.clickOn("#skipButton");
        robot.clickOn("#applyButton");
        robot.clickOn("#nextButton");
        markDoneAndNext(robot);
        assertThat(shell.currentStep()).isEqualTo(StepId.PROVIDERS);
        assertThat(robot.lookup("#nextButton").queryAs(Button.class).getText()).isEqualTo("_Finish");
        verifyThat("#nextButton", isDisabled());
        robot.clickOn("#pullButton");
        robot.clickOn("#nextButton");
        assertThat(harness.dialogs.asked).contains("Upgrade finished");
        assertThat(shell.currentStep()).isEqualTo(StepId.START);
    }

    @Test
    void aProjectGivenOnTheCommandLineOpensOnTheStartScreen(FxRobot robot) {
        Path project = TestProjects.astroProject(temp, "cli-project");
        robot.interact(() -> shell.openProject(project));
        assertThat(robot.lookup("#projectName").queryAs(Label.class).getText()).isEqualTo("cli-project");
        verifyThat("#nextButton", isEnabled());
    }

    @Test
    void cancelThatIsDeclinedStaysOnTheStep(FxRobot robot) {
        openFixture(robot, "stay-project", false);
        robot.clickOn("#nextButton");
        harness.dialogs.answer = false;
        robot.clickOn("#cancelButton");
        assertThat(shell.currentStep()).isEqualTo(StepId.REVIEW);
    }
}
