package io.astroupgrade.steps.pin;

import io.astroupgrade.project.ProviderPins;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A row of the step 2 table: a provider of the current image and whether the user wants it pinned. */
public final class ProviderRowItem {

    private final ProviderPins.Row row;
    private final BooleanProperty selected;

    public ProviderRowItem(ProviderPins.Row row) {
        this.row = row;
        this.selected = new SimpleBooleanProperty(this, "selected", row.status() != ProviderPins.Status.PINNED_SAME);
    }

    public ProviderPins.Row row() { return row; }
    public String getName() { return row.name(); }
    public String getImageVersion() { return row.imageVersion(); }
    public String getRequirement() { return row.requirement(); }
    public ProviderPins.Status getStatus() { return row.status(); }
    public BooleanProperty selectedProperty() { return selected; }
}
