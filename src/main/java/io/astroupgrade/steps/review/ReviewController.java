package io.astroupgrade.steps.review;

import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.wizard.StepId;

/** Step 1: not automated yet; shows the manual command and a "done by hand" tick. */
public final class ReviewController extends ManualStepController {
    public ReviewController() {
        super(StepId.REVIEW);
    }
}
