package io.astroupgrade.testing;

import io.astroupgrade.ui.Dialogs;
import java.util.ArrayList;
import java.util.List;

/** Dialogs that answer by themselves and remember what they were asked. */
public final class AnsweringDialogs implements Dialogs {

    public boolean answer = true;
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add(title);
        return answer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
