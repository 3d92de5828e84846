package io.astroupgrade.steps;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.ui.ManualStepPane;
import io.astroupgrade.wizard.Direction;
import io.astroupgrade.wizard.StepId;
import io.astroupgrade.wizard.UpgradeSession;
import io.astroupgrade.wizard.WizardStep;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;

/**
 * A step the wizard does not automate yet: it shows the purpose and the equivalent manual command,
 * and lets the user mark the step done by hand. Nothing is faked.
 */
public abstract class ManualStepController implements WizardStep {

    private final StepId step;
    private final BooleanProperty canAdvance = new SimpleBooleanProperty(this, "canAdvance");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    @FXML
    protected ManualStepPane manual;

    protected ManualStepController(StepId step) {
        this.step = step;
    }

    @FXML
    protected void initialize() {
        canAdvance.bind(manual.doneProperty());
    }

    @Override
    public void onEnter(UpgradeSession session, Direction direction) {
        manual.setCommand(manualCommand(step, session));
    }

    /** The step's manual command with the session's image and target filled in. */
    public static String manualCommand(StepId step, UpgradeSession session) {
        String image = session.currentImage() != null ? session.currentImage() : Resources.text("placeholder.currentImage");
        String target = session.targetVersion() != null ? session.targetVersion().toString() : Resources.text("placeholder.target");
        return Resources.text("step." + step.key() + ".command", image, target);
    }

    @Override
    public ReadOnlyBooleanProperty canAdvanceProperty() { return canAdvance; }

    @Override
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
}
