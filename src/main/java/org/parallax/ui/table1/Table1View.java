package org.parallax.ui.table1;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.ui.passages.PassageListPane;
import org.parallax.ui.passages.PassageRow;

/** Table 1 as a table of frames and indicators by scenario; a cell lists its passages, which open on double-click. */
public final class Table1View extends SplitPane {
    private final Table1ViewModel viewModel;
    private final TableView<Table1Row> table = new TableView<>();

    public Table1View(Table1ViewModel viewModel, Consumer<PassageRow> opener) {
        this.viewModel = viewModel;
        table.setId("table1");
        table.setItems(viewModel.rows());
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

        PassageListPane side = new PassageListPane("table1Passages", viewModel.cellHeadingProperty(),
                viewModel.cellPassages(), opener);
        viewModel.showExpectationsProperty().addListener((o, was, now) -> table.refresh());
        VBox matrix = new VBox(2, ExpectationLegend.of(viewModel.showExpectationsProperty()), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        getItems().addAll(matrix, side);
        setDividerPositions(0.72);
    }

    private void buildColumns() {
        table.getColumns().clear();
        TableColumn<Table1Row, String> label = new TableColumn<>("Frame / indicator");
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().indentedLabel()));
        label.setPrefWidth(230);
        label.setSortable(false);
        table.getColumns().add(label);
        for (int i = 0; i < viewModel.columns().size(); i++) {
            int index = i;
            TableColumn<Table1Row, String> column = new TableColumn<>();
            column.setGraphic(header(viewModel.columns().get(i)));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new ExpectationCell(viewModel, index));
            column.setSortable(false);
            column.getStyleClass().add("count-column");
            column.setPrefWidth(100);
            table.getColumns().add(column);
        }
    }

    /** Scenario names are long; a wrapping header keeps the counts narrow. */
    private static Label header(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(96);
        label.setPrefWidth(96);
        label.getStyleClass().add("scenario-header");
        label.setMinHeight(64);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return label;
    }

    public TableView<Table1Row> table() {
        return table;
    }
}
