package io.astroupgrade.steps.confirm;

import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.wizard.StepId;

/** Step 8: not automated yet; shows the manual command and a "done by hand" tick. */
public final class ConfirmController extends ManualStepController {
    public ConfirmController() {
        super(StepId.CONFIRM);
    }
}
