package io.astroupgrade.wizard;

import io.astroupgrade.project.AstroProject;
import io.astroupgrade.runtime.RuntimeCatalog;
import io.astroupgrade.version.RuntimeVersion;
import java.util.EnumMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The typed state that the steps share: the project, the versions and the choices made so far. */
public final class UpgradeSession {

    private final ObjectProperty<AstroProject> project = new SimpleObjectProperty<>(this, "project");
    private final StringProperty currentImage = new SimpleStringProperty(this, "currentImage");
    private final ObjectProperty<RuntimeVersion> currentVersion = new SimpleObjectProperty<>(this, "currentVersion");
    private final ObjectProperty<RuntimeVersion> targetVersion = new SimpleObjectProperty<>(this, "targetVersion");
    private final BooleanProperty targetConfirmedUnknown = new SimpleBooleanProperty(this, "targetConfirmedUnknown");
    private final ObjectProperty<RuntimeCatalog> catalog = new SimpleObjectProperty<>(this, "catalog");
    private final BooleanProperty localOnly = new SimpleBooleanProperty(this, "localOnly");
    private final StringProperty statusLine = new SimpleStringProperty(this, "statusLine", "");
    private final ObservableMap<StepId, StepStatus> statuses = FXCollections.observableMap(new EnumMap<>(StepId.class));

    public ObjectProperty<AstroProject> projectProperty() { return project; }
    public AstroProject project() { return project.get(); }
    public void setProject(AstroProject value) { project.set(value); }

    /** The final stage's base image as the Dockerfile names it, or null when it is not known. */
    public StringProperty currentImageProperty() { return currentImage; }
    public String currentImage() { return currentImage.get(); }
    public void setCurrentImage(String value) { currentImage.set(value); }

    public ObjectProperty<RuntimeVersion> currentVersionProperty() { return currentVersion; }
    public RuntimeVersion currentVersion() { return currentVersion.get(); }
    public void setCurrentVersion(RuntimeVersion value) { currentVersion.set(value); }

    public ObjectProperty<RuntimeVersion> targetVersionProperty() { return targetVersion; }
    public RuntimeVersion targetVersion() { return targetVersion.get(); }
    public void setTargetVersion(RuntimeVersion value) { targetVersion.set(value); }

    /** True when the target is in no catalog and the user confirmed that it exists. */
    public BooleanProperty targetConfirmedUnknownProperty() { return targetConfirmedUnknown; }
    public boolean isTargetConfirmedUnknown() { return targetConfirmedUnknown.get(); }
    public void setTargetConfirmedUnknown(boolean value) { targetConfirmedUnknown.set(value); }

    /** The runtime catalog the target was chosen from (feed, cache or bundled snapshot). */
    public ObjectProperty<RuntimeCatalog> catalogProperty() { return catalog; }
    public RuntimeCatalog catalog() { return catalog.get(); }
    public void setCatalog(RuntimeCatalog value) { catalog.set(value); }

    /** A local-only upgrade ends after step 6: no deploy, no check on Astro. */
    public BooleanProperty localOnlyProperty() { return localOnly; }
    public boolean isLocalOnly() { return localOnly.get(); }
    public void setLocalOnly(boolean value) { localOnly.set(value); }

    public ObservableMap<StepId, StepStatus> statuses() { return statuses; }

    /** The one-line status at the bottom of the window; any step may set it. */
    public StringProperty statusLineProperty() { return statusLine; }
    public void setStatusLine(String text) { statusLine.set(text); }

    public StepStatus status(StepId step) { return statuses.getOrDefault(step, StepStatus.PENDING); }

    /** Forgets everything about the previous project. */
    public void reset() {
        project.set(null);
        currentImage.set(null);
        currentVersion.set(null);
        targetVersion.set(null);
        targetConfirmedUnknown.set(false);
        localOnly.set(false);
        statuses.clear();
    }
}
