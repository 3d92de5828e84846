package io.astroupgrade.steps.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.testing.Snapshots;
import io.astroupgrade.testing.TestProjects;
import io.astroupgrade.testing.UiHarness;
import io.astroupgrade.wizard.Direction;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Step 1 through the real wiring and the real bundled considerations. */
@ExtendWith(ApplicationExtension.class)
class ReviewUiTest {

    @TempDir
    Path temp;
    private Stage stage;
    private ReviewController controller;
    private UiHarness harness;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiHarness.show(stage, new StackPane());
    }

    private void open(FxRobot robot, Path dir, String current, String target) throws Exception {
        harness = new UiHarness(temp.resolve("user"));
        harness.context.session().setProject(AstroProject.open(dir));
        harness.context.session().setCurrentVersion(RuntimeVersion.parse(current));
        harness.context.session().setTargetVersion(RuntimeVersion.parse(target));
        harness.context.session().setCatalog(harness.context.catalogService().offline());
        robot.interact(() -> {
            ViewLoader.View<ReviewController> view = harness.loader.load(ReviewController.class);
            controller = view.controller();
            UiHarness.host(stage, view.root());
            controller.onEnter(harness.context.session(), Direction.FORWARD);
        });
    }

    private List<String> cardIds(FxRobot robot) {
        VBox report = robot.lookup("#reportBox").queryAs(VBox.class);
        return report.getChildren().stream().map(Node::getId).filter(id -> id != null && id.startsWith("consideration-")).toList();
    }

    @Test
    void anEightToNineUpgradePinningHiveShowsTheHiveItemFirst(FxRobot robot) throws Exception {
        Path dir = TestProjects.astroProject(temp, "hive-project", "FROM quay.io/astronomer/astro-runtime:8.8.0\n");
        TestProjects.write(dir.resolve("requirements.txt"), "# providers\napache-airflow-providers-apache-hive==6.1.0\n");
        open(robot, dir, "8.8.0", "9.10.0");

        assertThat(cardIds(robot)).first().isEqualTo("consideration-rt9-python311-hive");
        assertThat(robot.lookup("#consideration-rt9-python311-hive").queryAs(VBox.class).getStyleClass()).contains("consideration-applies");
        assertThat(robot.lookup(".finding").queryLabeled().getText()).contains("requirements.txt", "line 2", "apache-hive");
        robot.interact(() -> Snapshots.write(stage.getScene().getRoot().lookup(".step-view"), "step-1-review-hive"));

        // Breaking items need a tick before Next.
        assertThat(controller.canAdvanceProperty().get()).isFalse();
        robot.interact(() -> robot.lookup(".acknowledge").queryAllAs(CheckBox.class).forEach(box -> box.setSelected(true)));
        assertThat(controller.canAdvanceProperty().get()).isTrue();

        // Links open in the browser.
        robot.interact(() -> robot.lookup("#consideration-rt9-python311-hive .hyperlink").queryAs(Hyperlink.class).fire());
        assertThat(harness.openedLinks).singleElement().asString().startsWith("http");
    }

    @Test
    void withoutTheTriggerTheHiveItemDoesNotApply(FxRobot robot) throws Exception {
        Path dir = TestProjects.astroProject(temp, "plain-project", "FROM quay.io/astronomer/astro-runtime:8.8.0-python-3.10\n");
        open(robot, dir, "8.8.0", "9.10.0");
        assertThat(robot.lookup("#consideration-rt9-python311-hive").queryAs(VBox.class).getStyleClass())
                .doesNotContain("consideration-applies");
    }

    @Test
    void anAirflow3UpgradeShowsItsChecklist(FxRobot robot) throws Exception {
        Path dir = TestProjects.astroProject(temp, "af3-project", "FROM quay.io/astronomer/astro-runtime:13.7.0\n");
        TestProjects.write(dir.resolve("dags/old.py"), "from airflow.operators.subdag import SubDagOperator\n");
        open(robot, dir, "13.7.0", "3.1-14");
        assertThat(robot.lookup("#airflow3Checklist").tryQuery()).isPresent();
        robot.interact(() -> Snapshots.write(stage.getScene().getRoot().lookup(".step-view"), "step-1-review-airflow3"));
    }
}
