package io.astroupgrade.project;

/** A change the wizard will not make; the message says why, in plain words. */
public final class EditRefusedException extends ProjectException {
    public EditRefusedException(String message) {
        super(message);
    }
}
