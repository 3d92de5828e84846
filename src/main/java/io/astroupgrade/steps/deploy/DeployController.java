package io.astroupgrade.steps.deploy;

import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.wizard.StepId;

/** Step 7: not automated yet; shows the manual command and a "done by hand" tick. */
public final class DeployController extends ManualStepController {
    public DeployController() {
        super(StepId.DEPLOY);
    }
}
