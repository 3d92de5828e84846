package io.astroupgrade.wizard;

/** How far a step has come, as the side list shows it. */
public enum StepStatus { PENDING, CURRENT, DONE, SKIPPED }
