package io.astroupgrade.steps.dockerfile;

import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.wizard.StepId;

/** Step 4: not automated yet; shows the manual command and a "done by hand" tick. */
public final class DockerfileController extends ManualStepController {
    public DockerfileController() {
        super(StepId.DOCKERFILE);
    }
}
