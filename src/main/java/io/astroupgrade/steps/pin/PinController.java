package io.astroupgrade.steps.pin;

import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.wizard.StepId;

/** Step 2: not automated yet; shows the manual command and a "done by hand" tick. */
public final class PinController extends ManualStepController {
    public PinController() {
        super(StepId.PIN);
    }
}
