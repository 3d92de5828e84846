package io.astroupgrade.steps.pin;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.docker.DockerImageInspector;
import io.astroupgrade.docker.DockerTestImages;
import io.astroupgrade.platform.UserDirs;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.ProviderPins;
import io.astroupgrade.testing.TestProjects;
import io.astroupgrade.testing.UiHarness;
import io.astroupgrade.wizard.Direction;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Step 2's screen on the real engine: pip freeze runs in a throw-away container of a runtime-like image. */
@Tag("docker")
@ExtendWith(ApplicationExtension.class)
class PinScreenDockerTest {

    static final String IMAGE = "quay.io/astronomer/astro-runtime:9.1.0";

    @TempDir
    Path temp;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiHarness.show(stage, new StackPane());
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheImagesProvidersAndPinsOne(FxRobot robot) throws Exception {
        DockerTestImages.assumeEngineAndBuild(IMAGE, "runtime-9.1.0.txt", "9.1.0", "2.7.1+astro.1");
        Path dir = TestProjects.astroProject(temp, "real-docker", "FROM " + IMAGE + "\n");
        try (DockerImageInspector docker = DockerImageInspector.forUser(UserDirs.under(temp.resolve("docker")))) {
            UiHarness harness = new UiHarness(temp.resolve("user"), docker);
            harness.context.session().setProject(AstroProject.open(dir));
            harness.context.session().setCurrentImage(IMAGE);
            PinController[] controller = new PinController[1];
            robot.interact(() -> {
                ViewLoader.View<PinController> view = harness.loader.load(PinController.class);
                controller[0] = view.controller();
                UiHarness.host(stage, view.root());
                controller[0].onEnter(harness.context.session(), Direction.FORWARD);
            });
            TableView<ProviderRowItem> table = robot.lookup("#providerTable").queryAs(TableView.class);
            assertThat(table.getItems()).extracting(ProviderRowItem::getName).contains("apache-airflow-providers-celery");
            assertThat(table.getItems()).allMatch(r -> r.getStatus() == ProviderPins.Status.NOT_PINNED);
            assertThat(controller[0].canAdvanceProperty().get()).isTrue();

            robot.interact(() -> {
                table.getItems().forEach(r -> r.selectedProperty().set(r.getName().endsWith("-celery")));
            });
            robot.clickOn("#pinButton");
            robot.clickOn("#writeButton");
            assertThat(Files.readString(dir.resolve("requirements.txt"))).isEqualTo("apache-airflow-providers-celery==3.3.3\n");
        }
    }
}
