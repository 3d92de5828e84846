package io.astroupgrade.steps.review;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.runtime.considerations.Applicability;
import io.astroupgrade.runtime.considerations.ChecklistEntry;
import io.astroupgrade.runtime.considerations.ConsiderationReport;
import io.astroupgrade.runtime.considerations.ConsiderationResult;
import io.astroupgrade.runtime.considerations.Finding;
import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.ui.Icons;
import io.astroupgrade.ui.LinkOpener;
import io.astroupgrade.ui.ManualStepPane;
import io.astroupgrade.wizard.Direction;
import io.astroupgrade.wizard.StepId;
import io.astroupgrade.wizard.UpgradeSession;
import io.astroupgrade.wizard.WizardStep;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Step 1: the considerations for every version crossed, the ones that hit this project first. */
public final class ReviewController implements WizardStep {

    private final ReviewStepModel model;
    private final LinkOpener links;
    private final ReadOnlyBooleanWrapper canAdvance = new ReadOnlyBooleanWrapper(this, "canAdvance");

    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label problemLabel;
    @FXML private VBox reportBox;
    @FXML private ManualStepPane manual;

    public ReviewController(ReviewStepModel model, LinkOpener links) {
        this.model = model;
        this.links = links;
    }

    @FXML
    private void initialize() {
        manual.setAutomated(true);
        canAdvance.bind(model.completeBinding().and(model.busyProperty().not()));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        busyIndicator.managedProperty().bind(model.busyProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        model.reportProperty().addListener((obs, old, report) -> show(report));
    }

    @Override
    public void onEnter(UpgradeSession session, Direction direction) {
        manual.setCommand(ManualStepController.manualCommand(StepId.REVIEW, session));
        summaryLabel.setText(Resources.text("step.review.evaluating"));
        model.evaluate(session.project().dir(), session.catalog(), session.currentVersion(), session.targetVersion());
        if (model.reportProperty().get() != null) show(model.reportProperty().get());
    }

    private void show(ConsiderationReport report) {
        if (report == null) return;
        List<ConsiderationResult> applying = report.applying();
        summaryLabel.setText(Resources.text("step.review.summary", report.results().size(), report.range().current(),
                report.range().target(), applying.size()));
        reportBox.getChildren().clear();
        report.deprecatedNotice().ifPresent(notice -> reportBox.getChildren().add(banner(notice, "warning-banner", Feather.ALERT_CIRCLE)));
        if (!applying.isEmpty()) {
            reportBox.getChildren().add(heading(Resources.text("step.review.applies", applying.size())));
            applying.forEach(r -> reportBox.getChildren().add(card(r)));
        }
        if (!report.airflow3Checklist().isEmpty()) {
            reportBox.getChildren().add(heading(Resources.text("step.review.af3Checklist")));
            reportBox.getChildren().add(checklist(report.airflow3Checklist()));
        }
        for (ConsiderationReport.Section section : report.groups()) {
            List<ConsiderationResult> others = section.results().stream().filter(r -> r.applicability() != Applicability.APPLIES).toList();
            if (others.isEmpty()) continue;
            reportBox.getChildren().add(heading(section.group().title()));
            others.forEach(r -> reportBox.getChildren().add(card(r)));
        }
        if (report.results().isEmpty()) {
            reportBox.getChildren().add(banner(Resources.text("step.review.none"), "success-banner", Feather.CHECK_CIRCLE));
        }
        for (String note : report.notes()) {
            Label label = new Label(note);
            label.setWrapText(true);
            label.getStyleClass().add("muted");
            reportBox.getChildren().add(label);
        }
    }

    private Node card(ConsiderationResult result) {
        return new ConsiderationCard(result, model.acknowledged().contains(result.item().id()), model::acknowledge, links);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("group-heading");
        label.setWrapText(true);
        return label;
    }

    private static Label banner(String text, String style, Feather icon) {
        Label label = new Label(text, Icons.icon(icon));
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    private static Node checklist(List<ChecklistEntry> entries) {
        VBox box = new VBox();
        box.getStyleClass().addAll("consideration", "checklist");
        box.setId("airflow3Checklist");
        for (ChecklistEntry entry : entries) {
            Label title = new Label(entry.title(), Icons.icon(entry.attention() ? Feather.ALERT_TRIANGLE : Feather.CHECK_SQUARE,
                    entry.attention() ? "icon-warning" : "icon-success"));
            title.getStyleClass().add("consideration-title");
            title.setWrapText(true);
            Label detail = new Label(entry.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add("muted");
            box.getChildren().addAll(title, detail);
            for (Finding finding : entry.findings()) {
                Label line = new Label(finding.reason());
                line.setWrapText(true);
                line.getStyleClass().add("finding");
                box.getChildren().add(line);
            }
        }
        return box;
    }

    @Override
    public ReadOnlyBooleanProperty canAdvanceProperty() { return canAdvance.getReadOnlyProperty(); }

    @Override
    public ReadOnlyBooleanProperty busyProperty() { return model.busyProperty(); }
}
