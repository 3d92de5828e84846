package io.astroupgrade.ui;

/** Questions the app asks the user. The real one shows dialogs; tests answer by themselves. */
public interface Dialogs {

    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);
}
