package io.astroupgrade.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.app.Controllers;
import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.testing.Snapshots;
import io.astroupgrade.testing.UiHarness;
import io.astroupgrade.ui.ManualStepPane;
import io.astroupgrade.wizard.Direction;
import io.astroupgrade.wizard.StepId;
import io.astroupgrade.wizard.WizardStep;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each step screen that is not automated yet: loads through the real wiring, shows its command, and is honest about it. */
@ExtendWith(ApplicationExtension.class)
class ManualStepsUiTest {

    @TempDir
    static Path temp;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiHarness.show(stage, new StackPane());
    }

    /** The steps whose screen is still the manual one. */
    static java.util.stream.Stream<StepId> manualSteps() {
        return Controllers.stepControllers().entrySet().stream()
                .filter(e -> ManualStepController.class.isAssignableFrom(e.getValue())).map(java.util.Map.Entry::getKey);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("manualSteps")
    void showsPurposeCommandAndOnlyAdvancesOnceMarkedDone(StepId step, FxRobot robot) {
        UiHarness harness = new UiHarness(temp.resolve(step.key()));
        harness.context.session().setCurrentImage("quay.io/astronomer/astro-runtime:12.1.0");
        harness.context.session().setTargetVersion(RuntimeVersion.parse("12.3.0"));
        Class<? extends WizardStep> type = Controllers.stepControllers().get(step);
        @SuppressWarnings("unchecked")
        ViewLoader.View<? extends WizardStep>[] holder = new ViewLoader.View[1];
        robot.interact(() -> {
            holder[0] = harness.loader.load(type);
            holder[0].controller().onEnter(harness.context.session(), Direction.FORWARD);
            UiHarness.host(stage, holder[0].root());
        });
        WizardStep controller = holder[0].controller();
        ManualStepPane manual = robot.lookup(".manual-step").queryAs(ManualStepPane.class);
        assertThat(robot.lookup(".step-purpose").queryAs(Label.class).getText()).isNotBlank();
        assertThat(manual.getCommand()).doesNotContain("{0}", "{1}");
        if (manual.getCommand().contains("<")) {
            assertThat(manual.getCommand()).doesNotContain("<current image>", "<target version>");
        }
        assertThat(controller.canAdvanceProperty().get()).isFalse();
        robot.clickOn("#markDoneCheck");
        assertThat(robot.lookup("#markDoneCheck").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(controller.canAdvanceProperty().get()).isTrue();
        Scene scene = stage.getScene();
        robot.interact(() -> Snapshots.write(scene, "manual-step-" + step.number() + "-" + step.key()));
    }
}
