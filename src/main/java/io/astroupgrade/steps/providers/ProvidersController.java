package io.astroupgrade.steps.providers;

import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.wizard.StepId;

/** Step 6: not automated yet; shows the manual command and a "done by hand" tick. */
public final class ProvidersController extends ManualStepController {
    public ProvidersController() {
        super(StepId.PROVIDERS);
    }
}
