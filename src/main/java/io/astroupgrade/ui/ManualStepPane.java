package io.astroupgrade.ui;

import io.astroupgrade.ui.Resources;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The equivalent manual command of a step, with a copy button, and (for steps the wizard does not automate
 * yet) a plain "not automated yet" note and a tick to mark the step done by hand.
 */
public final class ManualStepPane extends VBox {

    private final StringProperty command = new SimpleStringProperty(this, "command", "");
    private final Label notAutomated = new Label(Resources.text("manual.notAutomated"));
    private final CheckBox markDone = new CheckBox(Resources.text("manual.markDone"));

    public ManualStepPane() {
        getStyleClass().add("manual-step");
        Label heading = new Label(Resources.text("manual.commandHeading"));
        heading.getStyleClass().add("section-heading");
        Label commandText = new Label();
        commandText.textProperty().bind(command);
        commandText.getStyleClass().add("command-text");
        commandText.setWrapText(true);
        HBox.setHgrow(commandText, Priority.ALWAYS);
        commandText.setMaxWidth(Double.MAX_VALUE);
        Button copy = new Button(null, Icons.icon(Feather.COPY));
        copy.setId("copyCommandButton");
        copy.getStyleClass().addAll("flat", "button-icon");
        copy.setTooltip(new javafx.scene.control.Tooltip(Resources.text("manual.copy")));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(command.get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox commandBox = new HBox(commandText, copy);
        commandBox.getStyleClass().add("command-box");

        notAutomated.getStyleClass().add("not-automated");
        notAutomated.setGraphic(Icons.icon(Feather.INFO));
        notAutomated.setWrapText(true);
        markDone.setId("markDoneCheck");
        getChildren().addAll(heading, commandBox, notAutomated, markDone);
    }

    public StringProperty commandProperty() { return command; }
    public String getCommand() { return command.get(); }
    public void setCommand(String value) { command.set(value); }

    public BooleanProperty doneProperty() { return markDone.selectedProperty(); }

    /** Hide the "not automated" note and the tick once a step does its work itself. */
    public void setAutomated(boolean automated) {
        notAutomated.setVisible(!automated);
        notAutomated.setManaged(!automated);
        markDone.setVisible(!automated);
        markDone.setManaged(!automated);
    }

}
