package io.astroupgrade.ui;

import io.astroupgrade.ui.Resources;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/**
 * A table cell that shows an enum value as a coloured chip: the text from {@code <keyPrefix>.<value>} in the bundle,
 * the style class {@code chip-<stylePrefix>-<value>} (values in lower case).
 */
public final class ChipCell<S, E extends Enum<E>> extends TableCell<S, E> {

    private final String keyPrefix;
    private final String stylePrefix;

    public ChipCell(String keyPrefix, String stylePrefix) {
        this.keyPrefix = keyPrefix;
        this.stylePrefix = stylePrefix;
    }

    @Override
    protected void updateItem(E value, boolean empty) {
        super.updateItem(value, empty);
        setText(null);
        if (empty || value == null) {
            setGraphic(null);
            return;
        }
        String key = value.name().toLowerCase(Locale.ROOT);
        Label chip = new Label(Resources.text(keyPrefix + "." + key));
        chip.getStyleClass().addAll("chip", "chip-" + stylePrefix + "-" + key);
        setGraphic(chip);
    }
}
