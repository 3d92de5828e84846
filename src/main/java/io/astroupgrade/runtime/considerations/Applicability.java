package io.astroupgrade.runtime.considerations;

/** How a consideration relates to this project, in display order. */
public enum Applicability {
    /** The project's files show the trigger; findings say where. */
    APPLIES,
    /** Nothing to check in the files (or it cannot be checked): read it and decide. */
    GENERAL,
    /** The trigger was looked for and not found. */
    NOT_DETECTED
}
