package io.astroupgrade.wizard;

/** Lets a step offer to go back to an earlier one (step 6 offers step 5); the shell does the moving. */
@FunctionalInterface
public interface StepNavigator {
    /** Goes back through the history to {@code step}; does nothing if it was not visited. */
    void goBackTo(StepId step);
}
