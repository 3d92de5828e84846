package io.astroupgrade.wizard;

/** How the user arrived at a step. */
public enum Direction { FORWARD, BACK }
