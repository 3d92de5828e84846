package io.astroupgrade.steps.providers;

import io.astroupgrade.docker.ProviderChange;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A pinned provider in step 6: the pin, both images' versions, the change, and what the user wants done. */
public final class ProviderUpgradeItem {

    /** What to do with the pin. */
    public enum Action { KEEP, MOVE, UNPIN }

    private final String name;
    private final String pinned;
    private final String currentImageVersion;
    private final String targetImageVersion;
    private final ProviderChange.Kind change;
    private final ObjectProperty<Action> action;

    public ProviderUpgradeItem(String name, String pinned, String currentImageVersion, String targetImageVersion) {
        this.name = name;
        this.pinned = pinned;
        this.currentImageVersion = currentImageVersion;
        this.targetImageVersion = targetImageVersion;
        this.change = targetImageVersion == null ? ProviderChange.Kind.REMOVED : ProviderChange.classify(pinned, targetImageVersion);
        Action proposed = targetImageVersion == null || change == ProviderChange.Kind.UNCHANGED ? Action.KEEP : Action.MOVE;
        this.action = new SimpleObjectProperty<>(this, "action", proposed);
    }

    /** Major upgrades, removals and downgrades deserve a second look. */
    public boolean isRisky() {
        return new ProviderChange(name, pinned, targetImageVersion, change).isRisky();
    }

    public String getName() { return name; }
    public String getPinned() { return pinned; }
    public String getCurrentImageVersion() { return currentImageVersion == null ? "—" : currentImageVersion; }
    public String getTargetImageVersion() { return targetImageVersion == null ? "—" : targetImageVersion; }
    public ProviderChange.Kind getChange() { return change; }
    public ObjectProperty<Action> actionProperty() { return action; }
}
