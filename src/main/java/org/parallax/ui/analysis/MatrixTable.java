package org.parallax.ui.analysis;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.TextAlignment;
import org.parallax.ui.common.ColumnHeaders;
import org.parallax.ui.common.FittedColumns;

/** The analysis matrix as a table; with the heat map on, each cell's background deepens with its value. */
final class MatrixTable extends TableView<MatrixRow> {
    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("frame");
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");

    private final AnalysisViewModel viewModel;
    private final BooleanProperty heatMap = new SimpleBooleanProperty(true);

    MatrixTable(AnalysisViewModel viewModel) {
        super(viewModel.rows());
        this.viewModel = viewModel;
        setId("analysisTable");
        FittedColumns.fitOrScroll(this);
        getSelectionModel().setCellSelectionEnabled(true);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MatrixRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(GROUP, !empty && row != null && row.group() && !row.isTotal());
                pseudoClassStateChanged(TOTAL, !empty && row != null && row.isTotal());
            }
        });
        viewModel.headers().addListener((ListChangeListener<String>) c -> buildColumns());
        heatMap.addListener((o, was, now) -> refresh());
        buildColumns();
        getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> {
            if (!getSelectionModel().getSelectedCells().isEmpty()) {
                TablePosition<?, ?> position = getSelectionModel().getSelectedCells().get(0);
                if (position.getColumn() > 0 && position.getRow() >= 0) {
                    viewModel.selectCell(position.getRow(), position.getColumn() - 1);
                }
            }
        });
    }

    private void buildColumns() {
        getColumns().clear();
        TableColumn<MatrixRow, String> label = new TableColumn<>("Row");
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().indentedLabel()));
        label.setPrefWidth(230);
        FittedColumns.stretching(label, 150);
        label.setSortable(false);
        getColumns().add(label);
        for (int i = 0; i < viewModel.headers().size(); i++) {
            int index = i;
            TableColumn<MatrixRow, String> column = new TableColumn<>();
            column.setGraphic(ColumnHeaders.wrapping(viewModel.headers().get(i), 96));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new HeatCell(index));
            column.setSortable(false);
            column.getStyleClass().addAll("count-column", "numeric");
            // As in Table 1: the counts keep the width their wrapped header needs and the row labels give way;
            // only a matrix with more columns than the pane holds (years, say) scrolls sideways.
            column.setPrefWidth(100);
            column.setMinWidth(100);
            getColumns().add(column);
        }
    }

    BooleanProperty heatMapProperty() {
        return heatMap;
    }

    /** A count whose background alpha is its share of the largest cell. */
    private final class HeatCell extends TableCell<MatrixRow, String> {
        private final int column;

        HeatCell(int column) {
            this.column = column;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            MatrixRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            double heat = row == null || !heatMap.get() ? 0 : row.heat().get(column);
            setStyle(heat <= 0 ? null : String.format(java.util.Locale.ROOT,
                    "-fx-background-color: rgba(47, 111, 179, %.3f);", 0.08 + 0.62 * heat));
        }
    }
}
