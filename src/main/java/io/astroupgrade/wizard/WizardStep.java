package io.astroupgrade.wizard;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The contract between the shell and a step's controller. The shell owns the buttons; a step only says
 * whether it can advance, whether it is busy, and whether leaving forward is allowed.
 */
public interface WizardStep {

    /** Called every time the screen shows. Re-read derived state here. */
    void onEnter(UpgradeSession session, Direction direction);

    /** Next is enabled only while this is true (and the step is not busy). */
    ReadOnlyBooleanProperty canAdvanceProperty();

    /** True while background work runs; Next and Back are disabled meanwhile. */
    ReadOnlyBooleanProperty busyProperty();

    /** The final check or commit. Completes with an error message to stay on the step, or empty to go on. */
    default CompletionStage<Optional<String>> onLeaveForward(UpgradeSession session) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /** A veto on Cancel: a reason not to leave now (a process runs, a file is half-written), or empty. */
    default Optional<String> cancelVeto() {
        return Optional.empty();
    }

    /** Called once after loading, for steps that offer to go back to another step. */
    default void attach(StepNavigator navigator) { }

    /** Called when the user cancels the wizard or closes the window: stop running work. */
    default void stopWork() { }
}
