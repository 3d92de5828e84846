package io.astroupgrade.steps.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.docker.ProviderChange;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.testing.Snapshots;
import io.astroupgrade.testing.TestProjects;
import io.astroupgrade.testing.UiHarness;
import io.astroupgrade.ui.DiffView;
import io.astroupgrade.wizard.Direction;
import io.astroupgrade.wizard.StepId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Step 6 through the real wiring: pins against both images, classification, keep/move/unpin, the write, step 5 again. */
@ExtendWith(ApplicationExtension.class)
class ProvidersUiTest {

    private static final String CURRENT = "quay.io/astronomer/astro-runtime:12.1.0";
    private static final String TARGET = "quay.io/astronomer/astro-runtime:13.1.0";
    private static final String REQUIREMENTS = "apache-airflow-providers-amazon==8.0.0\n"
            + "apache-airflow-providers-http==4.0.0  # keep this comment\n"
            + "apache-airflow-providers-apache-hive==6.1.0\n"
            + "apache-airflow-providers-celery==3.10.0\n"
            + "apache-airflow-providers-slack==9.0.0\n"
            + "apache-airflow-providers-google>=10\n";

    @TempDir
    Path temp;
    private Stage stage;
    private ProvidersController controller;
    private final List<StepId> navigatedTo = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiHarness.show(stage, new StackPane());
    }

    private Path open(FxRobot robot) throws Exception {
        Path dir = TestProjects.astroProject(temp, "providers-project", "FROM " + TARGET + "\n");
        TestProjects.write(dir.resolve("requirements.txt"), REQUIREMENTS);
        UiHarness harness = new UiHarness(temp.resolve("user"));
        harness.docker.local(CURRENT, """
                apache-airflow-providers-amazon==8.0.0
                apache-airflow-providers-http==4.0.0
                apache-airflow-providers-apache-hive==6.1.0
                apache-airflow-providers-celery==3.10.0
                apache-airflow-providers-slack==9.0.0
                """);
        harness.docker.remote(TARGET, """
                apache-airflow-providers-amazon==9.2.0
                apache-airflow-providers-http==4.1.0
                apache-airflow-providers-celery==3.10.0
                apache-airflow-providers-slack==8.9.0
                apache-airflow-providers-standard==0.1.0
                """);
        harness.context.session().setProject(AstroProject.open(dir));
        harness.context.session().setCurrentImage(CURRENT);
        harness.context.session().setTargetVersion(RuntimeVersion.parse("13.1.0"));
        robot.interact(() -> {
            ViewLoader.View<ProvidersController> view = harness.loader.load(ProvidersController.class);
            controller = view.controller();
            controller.attach(navigatedTo::add);
            UiHarness.host(stage, view.root());
            controller.onEnter(harness.context.session(), Direction.FORWARD);
        });
        return dir;
    }

    @SuppressWarnings("unchecked")
    private TableView<ProviderUpgradeItem> table(FxRobot robot) {
        return robot.lookup("#upgradeTable").queryAs(TableView.class);
    }

    @Test
    void classifiesEveryPinAndWritesTheChosenActions(FxRobot robot) throws Exception {
        Path dir = open(robot);
        verifyThat("#pullButton", isVisible()); // the target image is not here yet
        robot.clickOn("#pullButton");
        assertThat(table(robot).getItems()).extracting(ProviderUpgradeItem::getName, ProviderUpgradeItem::getChange,
                i -> i.actionProperty().get()).containsExactly(
                tuple("apache-airflow-providers-amazon", ProviderChange.Kind.MAJOR_UPGRADE, ProviderUpgradeItem.Action.MOVE),
                tuple("apache-airflow-providers-http", ProviderChange.Kind.MINOR_UPGRADE, ProviderUpgradeItem.Action.MOVE),
                tuple("apache-airflow-providers-apache-hive", ProviderChange.Kind.REMOVED, ProviderUpgradeItem.Action.KEEP),
                tuple("apache-airflow-providers-celery", ProviderChange.Kind.UNCHANGED, ProviderUpgradeItem.Action.KEEP),
                tuple("apache-airflow-providers-slack", ProviderChange.Kind.DOWNGRADE, ProviderUpgradeItem.Action.MOVE));
        assertThat(table(robot).getItems()).filteredOn(ProviderUpgradeItem::isRisky).hasSize(3);
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText()).contains("5 pinned", "3 need", "New in the target image: 1");
        robot.interact(() -> Snapshots.write(stage.getScene().getRoot().lookup(".step-view"), "step-6-providers"));

        // The user keeps slack at its pin and removes the hive pin.
        robot.interact(() -> {
            table(robot).getItems().get(4).actionProperty().set(ProviderUpgradeItem.Action.KEEP);
            table(robot).getItems().get(2).actionProperty().set(ProviderUpgradeItem.Action.UNPIN);
        });
        robot.clickOn("#planButton");
        DiffView diff = robot.lookup("#diffView").queryAs(DiffView.class);
        assertThat(diff.getItems()).contains("+apache-airflow-providers-amazon==9.2.0", "+apache-airflow-providers-apache-hive");
        assertThat(Files.readString(dir.resolve("requirements.txt"))).isEqualTo(REQUIREMENTS);

        robot.clickOn("#writeButton");
        assertThat(Files.readString(dir.resolve("requirements.txt"))).isEqualTo(REQUIREMENTS
                .replace("amazon==8.0.0", "amazon==9.2.0").replace("http==4.0.0", "http==4.1.0").replace("apache-hive==6.1.0", "apache-hive"));
        verifyThat("#retestBox", isVisible());
        robot.clickOn("#goToStep5Button");
        assertThat(navigatedTo).containsExactly(StepId.LOCAL_TEST);
    }
}
