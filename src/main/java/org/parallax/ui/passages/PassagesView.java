package org.parallax.ui.passages;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.ui.common.FittedColumns;

/** The passages table; selecting a row shows the passage in the document, the memo column is editable. */
public final class PassagesView extends VBox {
    private final TableView<PassageRow> table = new TableView<>();

    public PassagesView(PassagesViewModel viewModel) {
        super(4);
        Label heading = new Label();
        heading.textProperty().bind(viewModel.headingProperty());
        heading.getStyleClass().add("pane-subtitle");
        table.setId("passagesTable");
        table.setItems(viewModel.rows());
        table.setEditable(true);
        // The passage's text takes the room the others leave; each text cut short shows whole in its tooltip.
        TableColumn<PassageRow, String> text = FittedColumns.stretching(column("Passage", PassageRow::text, 420), 200);
        TableColumn<PassageRow, String> code = FittedColumns.stretching(column("Code", PassageRow::code, 170), 110);
        TableColumn<PassageRow, String> document = FittedColumns.stretching(column("Document", PassageRow::document,
                150), 100);
        TableColumn<PassageRow, String> coder = FittedColumns.fixed(column("Coder", PassageRow::coder, 0), 96);
        TableColumn<PassageRow, String> memo = FittedColumns.editable(column("Memo (double-click to edit)",
                PassageRow::memo, 240), 220);
        memo.setEditable(true);
        memo.setOnEditCommit(e -> viewModel.editMemo(e.getRowValue(), e.getNewValue()));
        table.getColumns().addAll(text, code, document, coder, memo);
        FittedColumns.fit(table);
        table.setPlaceholder(new Label("No coded passages here yet"));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.open(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, table);
    }

    private static TableColumn<PassageRow, String> column(String name, Function<PassageRow, String> value,
                                                          double width) {
        TableColumn<PassageRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }
}
