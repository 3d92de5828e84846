package io.astroupgrade.steps.localtest;

import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.wizard.StepId;

/** Step 5: not automated yet; shows the manual command and a "done by hand" tick. */
public final class LocalTestController extends ManualStepController {
    public LocalTestController() {
        super(StepId.LOCAL_TEST);
    }
}
