package io.astroupgrade.steps.start;

import io.astroupgrade.app.Resources;
import io.astroupgrade.platform.Executables;
import io.astroupgrade.platform.RecentProjects;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.ProjectException;
import io.astroupgrade.runtime.InvalidVersionException;
import io.astroupgrade.runtime.RuntimeTag;
import io.astroupgrade.runtime.RuntimeVersion;
import io.astroupgrade.tasks.TaskListener;
import io.astroupgrade.tasks.TaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The start screen's state and logic: opening a project, the recent list and the target version. */
public final class StartModel {

    private final TaskRunner tasks;
    private final RecentProjects recent;
    private final Executables executables;

    private final ObjectProperty<ProjectSummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty targetText = new SimpleStringProperty(this, "targetText", "");
    private final ObjectProperty<RuntimeVersion> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty targetMessage = new SimpleStringProperty(this, "targetMessage", "");
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final BooleanBinding ready;

    public StartModel(TaskRunner tasks, RecentProjects recent, Executables executables) {
        this.tasks = tasks;
        this.recent = recent;
        this.executables = executables;
        targetText.addListener((obs, old, text) -> validateTarget());
        summary.addListener((obs, old, value) -> validateTarget());
        ready = Bindings.createBooleanBinding(() -> summary.get() != null && target.get() != null && !loading.get(),
                summary, target, loading);
    }

    public void refreshRecent() {
        recentProjects.setAll(recent.list());
    }

    /** Reads the project off the UI thread; the summary or the error arrives on the UI thread. */
    public void open(Path folder) {
        loading.set(true);
        error.set("");
        tasks.start("Open project", context -> summarize(folder), new TaskListener<ProjectSummary>() {
            @Override
            public void succeeded(ProjectSummary result) {
                loading.set(false);
                summary.set(result);
                recent.remember(result.project().dir());
                refreshRecent();
            }

            @Override
            public void failed(Throwable e) {
                loading.set(false);
                summary.set(null);
                error.set(e instanceof ProjectException ? e.getMessage() : Resources.text("start.openFailed", String.valueOf(e.getMessage())));
            }
        });
    }

    ProjectSummary summarize(Path folder) throws ProjectException {
        AstroProject project = AstroProject.open(folder);
        List<String> notes = new ArrayList<>();
        Optional<String> image = Optional.empty();
        Optional<RuntimeVersion> version = Optional.empty();
        try {
            image = finalBaseImage(Files.readString(project.dockerfile(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            notes.add(Resources.text("start.dockerfileUnreadable"));
        }
        if (image.isPresent()) {
            String ref = image.get();
            int colon = ref.lastIndexOf(':');
            String tag = colon > ref.lastIndexOf('/') ? ref.substring(colon + 1) : "";
            version = RuntimeTag.parse(tag.replaceFirst("@.*$", "")).map(RuntimeTag::version);
            if (version.isEmpty()) notes.add(Resources.text("start.noFullVersion"));
        } else {
            notes.add(Resources.text("start.noBaseImage"));
        }
        return new ProjectSummary(project, image, version, notes, project.hasRequirements(),
                executables.find("docker"), executables.find("astro"));
    }

    private static final Pattern FROM = Pattern.compile("(?i)^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)");
    private static final Pattern ARG = Pattern.compile("(?i)^\\s*ARG\\s+([A-Za-z_][A-Za-z0-9_]*)=\"?([^\"\\s]*)\"?");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?");

    /** A first, simple reading: the last FROM outside comments, with ARG defaults filled in. */
    static Optional<String> finalBaseImage(String dockerfile) {
        Map<String, String> args = new HashMap<>();
        String last = null;
        for (String line : dockerfile.replace("\uFEFF", "").split("\r?\n|\r")) {
            if (line.strip().startsWith("#")) continue;
            Matcher arg = ARG.matcher(line);
            if (arg.find()) args.put(arg.group(1), arg.group(2));
            Matcher from = FROM.matcher(line);
            if (from.find()) last = from.group(1);
        }
        if (last == null) return Optional.empty();
        Matcher variable = VARIABLE.matcher(last);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            String value = args.get(variable.group(1));
            if (value == null) return Optional.empty();
            variable.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        variable.appendTail(resolved);
        return Optional.of(resolved.toString());
    }

    private void validateTarget() {
        String text = targetText.get() == null ? "" : targetText.get().strip();
        if (text.isEmpty()) {
            target.set(null);
            targetMessage.set(Resources.text("start.target.empty"));
            return;
        }
        try {
            RuntimeVersion candidate = RuntimeVersion.parse(text);
            RuntimeVersion current = summary.get() == null ? null : summary.get().currentVersion().orElse(null);
            if (current != null && !candidate.isAbove(current)) {
                target.set(null);
                targetMessage.set(Resources.text("start.target.notHigher", candidate, current));
                return;
            }
            target.set(candidate);
            targetMessage.set(Resources.text("start.target.ok", candidate, candidate.airflowMajor()));
        } catch (InvalidVersionException e) {
            target.set(null);
            targetMessage.set(e.getMessage());
        }
    }

    public ReadOnlyObjectProperty<ProjectSummary> summaryProperty() { return summary; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty loadingProperty() { return loading; }
    public StringProperty targetTextProperty() { return targetText; }
    public ReadOnlyObjectProperty<RuntimeVersion> targetProperty() { return target; }
    public StringProperty targetMessageProperty() { return targetMessage; }
    public ObservableList<Path> recentProjects() { return recentProjects; }
    public BooleanBinding readyBinding() { return ready; }
}
