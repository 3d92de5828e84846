package io.astroupgrade.wizard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Decides which screen comes next and keeps the history for Back.
 * A local-only upgrade ends after step 6; optional steps may be skipped. The steps themselves never decide this.
 */
public final class StepFlow {

    private final Deque<StepId> history = new ArrayDeque<>();
    private StepId current = StepId.START;

    public StepId current() { return current; }

    /** The screens this upgrade walks through, in order. */
    public static List<StepId> route(boolean localOnly) {
        return java.util.Arrays.stream(StepId.values()).filter(s -> !(localOnly && s.isAstroOnly())).toList();
    }

    /** The screen after {@code step}, or empty when {@code step} is the last one. */
    public static Optional<StepId> after(StepId step, boolean localOnly) {
        List<StepId> route = route(localOnly);
        int index = route.indexOf(step);
        if (index < 0) {
            // The current step is not on this route (local-only was switched on at step 7): nothing follows.
            return Optional.empty();
        }
        return index + 1 < route.size() ? Optional.of(route.get(index + 1)) : Optional.empty();
    }

    public boolean isLast(boolean localOnly) {
        return after(current, localOnly).isEmpty();
    }

    /** Moves forward (after Next or Skip) and remembers where we were. */
    public StepId next(boolean localOnly) {
        StepId next = after(current, localOnly)
                .orElseThrow(() -> new IllegalStateException("No step after " + current));
        history.push(current);
        current = next;
        return next;
    }

    /** Skip is only offered on optional steps. */
    public StepId skip(boolean localOnly) {
        if (!current.isOptional()) throw new IllegalStateException(current + " cannot be skipped");
        return next(localOnly);
    }

    public boolean canGoBack() { return !history.isEmpty(); }

    /** Whether Back can reach {@code step}. */
    public boolean visited(StepId step) { return history.contains(step); }

    public StepId back() {
        if (history.isEmpty()) throw new IllegalStateException("No step before " + current);
        current = history.pop();
        return current;
    }

    /** Back to the start screen with an empty history, for a new project. */
    public void restart() {
        history.clear();
        current = StepId.START;
    }
}
