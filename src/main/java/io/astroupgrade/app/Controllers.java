package io.astroupgrade.app;

import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.ui.ControllerFactory;

import io.astroupgrade.platform.RecentProjects;
import io.astroupgrade.steps.confirm.ConfirmController;
import io.astroupgrade.steps.deploy.DeployController;
import io.astroupgrade.steps.dockerfile.DockerfileController;
import io.astroupgrade.steps.dockerfile.DockerfileStepModel;
import io.astroupgrade.steps.localtest.LocalTestController;
import io.astroupgrade.steps.pin.PinController;
import io.astroupgrade.steps.pin.PinStepModel;
import io.astroupgrade.steps.providers.ProvidersController;
import io.astroupgrade.steps.providers.ProvidersStepModel;
import io.astroupgrade.runtime.considerations.ConsiderationEngine;
import io.astroupgrade.steps.review.ReviewController;
import io.astroupgrade.steps.review.ReviewStepModel;
import io.astroupgrade.steps.start.ProjectChoiceController;
import io.astroupgrade.steps.start.StartController;
import io.astroupgrade.steps.start.StartModel;
import io.astroupgrade.steps.upgradetest.UpgradeTestController;
import io.astroupgrade.ui.UiServices;
import io.astroupgrade.wizard.StepId;
import io.astroupgrade.wizard.WizardShellController;
import io.astroupgrade.wizard.WizardStep;
import java.util.EnumMap;
import java.util.Map;

/** Wires every controller to its services. The app and the UI tests use this same wiring. */
public final class Controllers {

    private Controllers() {}

    /** Which controller class shows which step. */
    public static Map<StepId, Class<? extends WizardStep>> stepControllers() {
        Map<StepId, Class<? extends WizardStep>> steps = new EnumMap<>(StepId.class);
        steps.put(StepId.START, StartController.class);
        steps.put(StepId.REVIEW, ReviewController.class);
        steps.put(StepId.PIN, PinController.class);
        steps.put(StepId.UPGRADE_TEST, UpgradeTestController.class);
        steps.put(StepId.DOCKERFILE, DockerfileController.class);
        steps.put(StepId.LOCAL_TEST, LocalTestController.class);
        steps.put(StepId.PROVIDERS, ProvidersController.class);
        steps.put(StepId.DEPLOY, DeployController.class);
        steps.put(StepId.CONFIRM, ConfirmController.class);
        return steps;
    }

    /** The loader for all views, with every controller wired to the context's services and the desktop's. */
    public static ViewLoader viewLoader(AppContext context, UiServices ui) {
        ControllerFactory factory = new ControllerFactory();
        ViewLoader loader = new ViewLoader(factory);
        factory.register(WizardShellController.class, () -> new WizardShellController(
                loader, context.session(), ui.dialogs(), context.taskRunner().uiExecutor(), stepControllers()));
        StartModel startModel = new StartModel(context.taskRunner(), context.projectFiles(), context::catalogService,
                new RecentProjects(context.userDirs()), context.executables()); // one start screen, two views
        factory.register(StartController.class, () -> new StartController(startModel, ui.folderChooser(), loader));
        factory.register(ProjectChoiceController.class, () -> new ProjectChoiceController(startModel));
        factory.register(ReviewController.class, () -> new ReviewController(
                new ReviewStepModel(context.taskRunner(), ConsiderationEngine::bundled), ui.links()));
        factory.register(PinController.class, () -> new PinController(
                new PinStepModel(context.taskRunner(), context.imageInspector(), context.projectFiles())));
        factory.register(UpgradeTestController.class, UpgradeTestController::new);
        factory.register(DockerfileController.class, () -> new DockerfileController(
                new DockerfileStepModel(context.taskRunner(), context.projectFiles())));
        factory.register(LocalTestController.class, LocalTestController::new);
        factory.register(ProvidersController.class, () -> new ProvidersController(
                new ProvidersStepModel(context.taskRunner(), context.imageInspector(), context.projectFiles())));
        factory.register(DeployController.class, DeployController::new);
        factory.register(ConfirmController.class, ConfirmController::new);
        return loader;
    }
}
