package org.parallax.ui.table1;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.parallax.ui.analysis.FilterBar;
import org.parallax.ui.passages.PassageListPane;
import org.parallax.ui.passages.PassageRow;
import org.parallax.ui.common.ColumnHeaders;
import org.parallax.ui.common.EmptyTableText;
import org.parallax.ui.common.FittedColumns;

/** Table 1 as a table of frames and indicators by scenario; a cell lists its passages, which open on double-click. */
public final class Table1View extends SplitPane {
    private final Table1ViewModel viewModel;
    private final TableView<Table1Row> table = new TableView<>();

    public Table1View(Table1ViewModel viewModel, Consumer<PassageRow> opener) {
        this.viewModel = viewModel;
        table.setId("table1");
        // Every scenario and the Total stay in view in a narrow pane: the row labels give way (they wrap) instead
        // of the Total scrolling off to the right.
        FittedColumns.fitOrScroll(table);
        keepSelectedCell();
        table.setPlaceholder(placeholder(viewModel));
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Table1Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("frame"), !empty && row != null
                        && row.frame());
            }
        });
        viewModel.columns().addListener((ListChangeListener<String>) c -> buildColumns());
        buildColumns();
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> {
            if (!table.getSelectionModel().getSelectedCells().isEmpty()) {
                TablePosition<?, ?> position = table.getSelectionModel().getSelectedCells().get(0);
                Table1Row row = table.getItems().get(position.getRow());
                if (position.getColumn() > 0 && row != null) {
                    viewModel.selectCell(row.index(), position.getColumn() - 1);
                }
            }
        });

        PassageListPane side = new PassageListPane("table1Passages", viewModel.cell(), opener);
        viewModel.showExpectationsProperty().addListener((o, was, now) -> table.refresh());
        HBox layers = new HBox(6);
        layers.setAlignment(Pos.CENTER_LEFT);
        layers.getChildren().addAll(FilterBar.coder(viewModel.layers(), "table1Coder"));
        layers.getChildren().forEach(n -> {
            if (n instanceof Label name) {
                name.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        Label counted = FilterBar.countingLine(viewModel.layersLineProperty(), "table1Layers");
        VBox matrix = new VBox(2, layers, counted, ExpectationLegend.of(viewModel.showExpectationsProperty()), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        getItems().addAll(matrix, side);
        setDividerPositions(0.72);
    }

    /**
     * Table 1 is recomputed after every coding and its rows replaced; the table's selection model then moved the
     * selected cell to the row's label, and the cell's passages beside it were gone. The cell is read before the
     * selection model hears of the change (list listeners run in the order they were added) and selected again after.
     */
    private void keepSelectedCell() {
        int[] kept = {-1, -1};
        viewModel.rows().addListener((ListChangeListener<Table1Row>) c -> {
            List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
            kept[0] = cells.isEmpty() ? -1 : cells.get(0).getRow();
            kept[1] = cells.isEmpty() ? -1 : cells.get(0).getColumn();
        });
        table.setItems(viewModel.rows());
        viewModel.rows().addListener((ListChangeListener<Table1Row>) c -> {
            int row = kept[0];
            int column = kept[1];
            if (row >= 0 && row < table.getItems().size() && column >= 0 && column < table.getColumns().size()
                    && !isSelected(row, column)) {
                table.getSelectionModel().clearAndSelect(row, table.getColumns().get(column));
            }
        });
    }

    private boolean isSelected(int row, int column) {
        List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
        return cells.size() == 1 && cells.get(0).getRow() == row && cells.get(0).getColumn() == column;
    }

    private void buildColumns() {
        table.getColumns().clear();
        TableColumn<Table1Row, String> label = new TableColumn<>("Frame / indicator");
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().indentedLabel()));
        label.setPrefWidth(230);
        label.setMinWidth(150);
        label.setCellFactory(c -> new RowLabelCell(label));
        label.setSortable(false);
        table.getColumns().add(label);
        for (int i = 0; i < viewModel.columns().size(); i++) {
            int index = i;
            TableColumn<Table1Row, String> column = new TableColumn<>();
            column.setGraphic(ColumnHeaders.wrapping(viewModel.columns().get(i), 96));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new ExpectationCell(viewModel, index));
            column.setSortable(false);
            column.getStyleClass().add("count-column");
            column.setPrefWidth(100);
            // its header wraps within 96 px: never narrower, so only the row labels give way
            column.setMinWidth(100);
            table.getColumns().add(column);
        }
    }

    /**
     * A row label wraps onto a second line rather than being cut short: a text node wrapped at the column's
     * width, whose height the row takes. Its tooltip has the label in full.
     */
    private static final class RowLabelCell extends TableCell<Table1Row, String> {
        private final Text text = new Text();
        /** One per cell, its text changed: Table 1 re-makes its cells on every passage coded (the counts change). */
        private final Tooltip whole = new Tooltip();

        RowLabelCell(TableColumn<Table1Row, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(10));
            text.getStyleClass().add("row-label");
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String label, boolean empty) {
            super.updateItem(label, empty);
            setText(null);
            text.setText(empty || label == null ? "" : label);
            setGraphic(empty || label == null ? null : text);
            if (empty || label == null) {
                setTooltip(null);
            } else {
                whole.setText(label.strip());
                setTooltip(whole);
            }
        }
    }

    /**
     * Says how Table 1 gets rows. A new project with an empty codebook showed JavaFX's "No content in table", and
     * stayed so while the researcher coded with codes made outside any frame (the New code form's default): Table 1
     * has a row for each frame and the codes in it, so those passages are counted nowhere in it.
     */
    private static Label placeholder(Table1ViewModel viewModel) {
        return EmptyTableText.of("table1Placeholder", Bindings.when(viewModel.matrixProperty().isNull())
                .then("Counting the passages…")
                .otherwise("No frames yet. Table 1 has a row for each frame and each code in it: "
                        + "Codebook → Add frame…, then drag your codes onto the frame."));
    }

    public TableView<Table1Row> table() {
        return table;
    }
}
