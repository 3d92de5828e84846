package io.astroupgrade.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A unified diff, one line a row, with added, removed and header lines coloured by {@code app.css}. */
public final class DiffView extends ListView<String> {

    public DiffView() {
        getStyleClass().add("diff-view");
        setFocusTraversable(true);
        setCellFactory(list -> new DiffLineCell());
        setFixedCellSize(ROW_HEIGHT);
        setPrefHeight(ROW_HEIGHT * 4);
    }

    private static final double ROW_HEIGHT = 22;
    private static final int MAX_VISIBLE_ROWS = 14;

    public void setDiff(String unifiedDiff) {
        List<String> lines = unifiedDiff == null || unifiedDiff.isEmpty() ? List.of() : List.of(unifiedDiff.split("\r?\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines = lines.subList(0, lines.size() - 1);
        setItems(FXCollections.observableArrayList(lines));
        setPrefHeight(ROW_HEIGHT * Math.min(MAX_VISIBLE_ROWS, Math.max(2, lines.size())) + 4);
    }

    static String styleOf(String line) {
        if (line.startsWith("+++") || line.startsWith("---")) return "diff-file";
        if (line.startsWith("@@")) return "diff-hunk";
        if (line.startsWith("+")) return "diff-added";
        if (line.startsWith("-")) return "diff-removed";
        if (line.startsWith("\\")) return "diff-note";
        return "diff-context";
    }

    private static final class DiffLineCell extends ListCell<String> {
        private static final List<String> STYLES = List.of("diff-file", "diff-hunk", "diff-added", "diff-removed", "diff-note", "diff-context");

        DiffLineCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(STYLES);
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line);
            getStyleClass().add(styleOf(line));
        }
    }
}
