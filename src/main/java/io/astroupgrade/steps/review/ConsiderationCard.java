package io.astroupgrade.steps.review;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.runtime.considerations.Applicability;
import io.astroupgrade.runtime.considerations.ConsiderationResult;
import io.astroupgrade.runtime.considerations.Finding;
import io.astroupgrade.runtime.considerations.SourceLink;
import io.astroupgrade.ui.Icons;
import io.astroupgrade.ui.LinkOpener;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** One consideration: title, severity, explanation, where it hits this project, sources and the acknowledgement. */
final class ConsiderationCard extends VBox {

    ConsiderationCard(ConsiderationResult result, boolean acknowledged, BiConsumer<String, Boolean> onAcknowledge, LinkOpener links) {
        getStyleClass().addAll("consideration", "consideration-" + result.applicability().name().toLowerCase(Locale.ROOT));
        setId("consideration-" + result.item().id());

        Label title = new Label(result.item().title());
        title.getStyleClass().add("consideration-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        String severity = result.item().severity().name().toLowerCase(Locale.ROOT);
        Label severityChip = new Label(Resources.text("step.review.severity." + severity));
        severityChip.getStyleClass().addAll("chip", "chip-severity-" + severity);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, severityChip);
        header.getStyleClass().add("consideration-header");
        getChildren().add(header);

        Label explanation = new Label(result.item().explanation());
        explanation.setWrapText(true);
        explanation.getStyleClass().add("consideration-text");
        getChildren().add(explanation);

        if (result.applicability() == Applicability.APPLIES) {
            VBox findings = new VBox();
            findings.getStyleClass().add("findings");
            for (Finding finding : result.findings()) {
                Label line = new Label(finding.reason(), Icons.icon(Feather.CORNER_DOWN_RIGHT, "icon-warning"));
                line.setWrapText(true);
                line.getStyleClass().add("finding");
                findings.getChildren().add(line);
            }
            getChildren().add(findings);
        }
        for (String caveat : result.caveats()) {
            Label label = new Label(caveat);
            label.setWrapText(true);
            label.getStyleClass().add("muted");
            getChildren().add(label);
        }
        if (!result.item().sources().isEmpty()) {
            FlowPane sources = new FlowPane();
            sources.getStyleClass().add("sources");
            sources.getChildren().add(new Label(Resources.text("step.review.sources")));
            for (SourceLink source : result.item().sources()) {
                Hyperlink link = new Hyperlink(source.title() == null || source.title().isBlank() ? source.id() : source.title());
                link.setOnAction(e -> links.open(source.url()));
                link.setTooltip(new javafx.scene.control.Tooltip(source.url()));
                sources.getChildren().add(link);
            }
            getChildren().add(sources);
        }
        if (result.needsAcknowledgement()) {
            CheckBox ack = new CheckBox(Resources.text("step.review.acknowledge"));
            ack.setId("ack-" + result.item().id());
            ack.getStyleClass().add("acknowledge");
            ack.setSelected(acknowledged);
            ack.selectedProperty().addListener((obs, old, read) -> onAcknowledge.accept(result.item().id(), read));
            getChildren().add(ack);
        }
    }
}
