package io.astroupgrade.wizard;

import io.astroupgrade.project.AstroProject;
import io.astroupgrade.runtime.RuntimeVersion;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The typed state that the steps share: the project, the versions and the choices made so far. */
public final class UpgradeSession {

    private final ObjectProperty<AstroProject> project = new SimpleObjectProperty<>(this, "project");
    private final ObjectProperty<RuntimeVersion> currentVersion = new SimpleObjectProperty<>(this, "currentVersion");
    private final ObjectProperty<RuntimeVersion> targetVersion = new SimpleObjectProperty<>(this, "targetVersion");
    private final BooleanProperty localOnly = new SimpleBooleanProperty(this, "localOnly");

    public ObjectProperty<AstroProject> projectProperty() { return project; }
    public AstroProject project() { return project.get(); }
    public void setProject(AstroProject value) { project.set(value); }

    public ObjectProperty<RuntimeVersion> currentVersionProperty() { return currentVersion; }
    public RuntimeVersion currentVersion() { return currentVersion.get(); }
    public void setCurrentVersion(RuntimeVersion value) { currentVersion.set(value); }

    public ObjectProperty<RuntimeVersion> targetVersionProperty() { return targetVersion; }
    public RuntimeVersion targetVersion() { return targetVersion.get(); }
    public void setTargetVersion(RuntimeVersion value) { targetVersion.set(value); }

    public BooleanProperty localOnlyProperty() { return localOnly; }
    public boolean isLocalOnly() { return localOnly.get(); }
    public void setLocalOnly(boolean value) { localOnly.set(value); }
}
