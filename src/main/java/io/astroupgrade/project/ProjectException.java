package io.astroupgrade.project;

/** A problem with the user's project files, explained in plain words (the message is shown as is). */
public class ProjectException extends Exception {
    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
