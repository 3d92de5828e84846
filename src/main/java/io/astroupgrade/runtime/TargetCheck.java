package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;

import java.util.List;

/**
 * The verdict on one target version, typed by hand or named on the command line.
 *
 * @param target   the parsed version, or null when the text is not a full, well-formed version
 * @param messages for REFUSED the reasons; otherwise warnings to show (possibly none)
 */
public record TargetCheck(Verdict verdict, RuntimeVersion target, List<String> messages) {

    public enum Verdict {
        ACCEPTED,
        /** Well-formed but in no catalog: allowed only after the user explicitly confirms it exists. */
        NEEDS_CONFIRMATION,
        REFUSED
    }

    public TargetCheck {
        messages = List.copyOf(messages);
    }

    /** Whether the upgrade may go on, given whether the user confirmed an unknown version. */
    public boolean allowed(boolean unknownVersionConfirmed) {
        return verdict == Verdict.ACCEPTED || (verdict == Verdict.NEEDS_CONFIRMATION && unknownVersionConfirmed);
    }

    public boolean refused() { return verdict == Verdict.REFUSED; }
}
