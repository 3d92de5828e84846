package io.astroupgrade.steps.upgradetest;

import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.wizard.StepId;

/** Step 3: not automated yet; shows the manual command and a "done by hand" tick. */
public final class UpgradeTestController extends ManualStepController {
    public UpgradeTestController() {
        super(StepId.UPGRADE_TEST);
    }
}
