package io.astroupgrade.steps.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.ProviderPins;
import io.astroupgrade.testing.Snapshots;
import io.astroupgrade.testing.TestProjects;
import io.astroupgrade.testing.UiHarness;
import io.astroupgrade.ui.DiffView;
import io.astroupgrade.wizard.Direction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Step 2 through the real wiring: list the current image's providers, pull when missing, pin with a preview, undo. */
@ExtendWith(ApplicationExtension.class)
class PinUiTest {

    static final String IMAGE = "quay.io/astronomer/astro-runtime:12.1.0";
    static final String FREEZE = """
            apache-airflow==2.10.5+astro.1
            apache-airflow-providers-amazon==9.2.0
            apache-airflow-providers-celery==3.10.0
            apache-airflow-providers-common-sql==1.21.0
            apache_airflow_providers_http==5.0.0
            requests==2.32.3
            """;
    private static final String REQUIREMENTS = "# our pins\r\napache-airflow-providers-amazon==9.2.0\r\napache-airflow-providers-celery>=3.0\r\npandas==2.2.3";

    @TempDir
    Path temp;
    private Stage stage;
    private PinController controller;
    private UiHarness harness;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiHarness.show(stage, new StackPane());
    }

    private Path open(FxRobot robot, boolean imageIsLocal) throws Exception {
        Path dir = TestProjects.astroProject(temp, "pin-project", "FROM " + IMAGE + "\n");
        Files.write(dir.resolve("requirements.txt"), REQUIREMENTS.getBytes(StandardCharsets.UTF_8));
        harness = new UiHarness(temp.resolve("user"));
        if (imageIsLocal) harness.docker.local(IMAGE, FREEZE);
        else harness.docker.remote(IMAGE, FREEZE);
        harness.context.session().setProject(AstroProject.open(dir));
        harness.context.session().setCurrentImage(IMAGE);
        robot.interact(() -> {
            ViewLoader.View<PinController> view = harness.loader.load(PinController.class);
            controller = view.controller();
            UiHarness.host(stage, view.root());
            controller.onEnter(harness.context.session(), Direction.FORWARD);
        });
        return dir;
    }

    @SuppressWarnings("unchecked")
    private TableView<ProviderRowItem> table(FxRobot robot) {
        return robot.lookup("#providerTable").queryAs(TableView.class);
    }

    @Test
    void listsProvidersWithTheirStatusAndPinsTheSelectedOnes(FxRobot robot) throws Exception {
        Path dir = open(robot, true);
        assertThat(table(robot).getItems()).extracting(ProviderRowItem::getName, ProviderRowItem::getStatus).containsExactly(
                org.assertj.core.groups.Tuple.tuple("apache-airflow-providers-amazon", ProviderPins.Status.PINNED_SAME),
                org.assertj.core.groups.Tuple.tuple("apache-airflow-providers-celery", ProviderPins.Status.RANGE),
                org.assertj.core.groups.Tuple.tuple("apache-airflow-providers-common-sql", ProviderPins.Status.NOT_PINNED),
                org.assertj.core.groups.Tuple.tuple("apache-airflow-providers-http", ProviderPins.Status.NOT_PINNED));
        assertThat(controller.canAdvanceProperty().get()).isTrue();
        robot.clickOn("#filterField").write("sql");
        assertThat(table(robot).getItems()).hasSize(1);
        robot.interact(() -> robot.lookup("#filterField").queryTextInputControl().clear());

        robot.clickOn("#pinButton");
        verifyThat("#previewBox", isVisible());
        DiffView diff = robot.lookup("#diffView").queryAs(DiffView.class);
        assertThat(diff.getItems()).contains("+apache-airflow-providers-common-sql==1.21.0", "+apache-airflow-providers-http==5.0.0");
        assertThat(robot.lookup("#previewBox .note").queryLabeled().getText()).contains("celery", "range");
        robot.interact(() -> Snapshots.write(stage.getScene().getRoot().lookup(".step-view"), "step-2-pin-preview"));
        assertThat(Files.readString(dir.resolve("requirements.txt"))).isEqualTo(REQUIREMENTS);

        robot.clickOn("#writeButton");
        String written = Files.readString(dir.resolve("requirements.txt"));
        assertThat(written).startsWith(REQUIREMENTS).contains("\r\napache-airflow-providers-common-sql==1.21.0").contains("\r\napache-airflow-providers-http==5.0.0");
        assertThat(robot.lookup("#backupLabel").queryAs(Label.class).getText()).contains(".astro-upgrade");
        assertThat(table(robot).getItems()).filteredOn(r -> r.getName().endsWith("http")).extracting(ProviderRowItem::getStatus)
                .containsExactly(ProviderPins.Status.PINNED_SAME);

        robot.clickOn("#undoButton");
        assertThat(Files.readString(dir.resolve("requirements.txt"))).isEqualTo(REQUIREMENTS);
    }

    @Test
    void aMissingImageIsPulledOnRequest(FxRobot robot) throws Exception {
        open(robot, false);
        verifyThat("#pullButton", isVisible());
        assertThat(controller.canAdvanceProperty().get()).isFalse();
        robot.clickOn("#pullButton");
        assertThat(harness.docker.pulls).isEqualTo(1);
        assertThat(table(robot).getItems()).hasSize(4);
        assertThat(controller.canAdvanceProperty().get()).isTrue();
    }

    @Test
    void anImageThatCannotBePulledGetsAPlainMessage(FxRobot robot) throws Exception {
        harness = null;
        Path dir = TestProjects.astroProject(temp, "missing-project", "FROM quay.io/astronomer/astro-runtime:99.0.0\n");
        harness = new UiHarness(temp.resolve("user2"));
        harness.context.session().setProject(AstroProject.open(dir));
        harness.context.session().setCurrentImage("quay.io/astronomer/astro-runtime:99.0.0");
        robot.interact(() -> {
            ViewLoader.View<PinController> view = harness.loader.load(PinController.class);
            controller = view.controller();
            UiHarness.host(stage, view.root());
            controller.onEnter(harness.context.session(), Direction.FORWARD);
        });
        robot.clickOn("#pullButton");
        assertThat(robot.lookup("#problemLabel").queryAs(Label.class).getText()).contains("not found");
        assertThat(controller.canAdvanceProperty().get()).isFalse();
    }
}
