package io.astroupgrade.ui;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.project.FileEdit;
import java.util.stream.Stream;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A planned file change before it is written: the diff, the conflicts and notes, and Write / Back buttons.
 * Hidden while there is nothing to show.
 */
public final class EditPreview extends VBox {

    private final Label heading = new Label();
    private final DiffView diffView = new DiffView();
    private final VBox notes = new VBox();
    private final Button write = new Button(Resources.text("preview.write"), Icons.icon(Feather.SAVE));
    private final Button back = new Button(Resources.text("preview.back"));

    public EditPreview() {
        getStyleClass().add("preview-box");
        heading.getStyleClass().add("section-heading");
        notes.getStyleClass().add("notes");
        diffView.setId("diffView");
        write.setId("writeButton");
        write.getStyleClass().add("accent");
        back.setId("cancelPreviewButton");
        HBox buttons = new HBox(write, back);
        buttons.getStyleClass().add("action-row");
        getChildren().addAll(heading, diffView, notes, buttons);
        show(null);
    }

    public void setHeading(String text) {
        heading.setText(text);
    }

    /** Shows {@code edit}, or hides the preview for null. */
    public void show(FileEdit edit) {
        setVisible(edit != null);
        setManaged(edit != null);
        if (edit == null) return;
        diffView.setDiff(edit.changed() ? edit.diff() : "");
        notes.getChildren().setAll(Stream.concat(
                edit.conflicts().stream().map(c -> note(c, Icons.icon(Feather.ALERT_CIRCLE, "icon-warning"))),
                edit.notes().stream().map(n -> note(n, Icons.icon(Feather.INFO)))).toList());
        if (!edit.changed()) notes.getChildren().add(new Label(Resources.text("preview.nothingToWrite")));
        write.setVisible(edit.changed());
        write.setManaged(edit.changed());
    }

    private static Label note(String text, javafx.scene.Node icon) {
        Label label = new Label(text, icon);
        label.setWrapText(true);
        label.getStyleClass().add("note");
        return label;
    }

    public void onWrite(Runnable action, ObservableBooleanValue busy) {
        write.setOnAction(e -> action.run());
        write.disableProperty().bind(busy);
    }

    public void onBack(Runnable action) {
        back.setOnAction(e -> action.run());
    }
}
