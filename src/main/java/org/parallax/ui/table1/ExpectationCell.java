package org.parallax.ui.table1;

import java.util.Locale;
import javafx.scene.control.TableCell;
import org.parallax.analysis.ExpectationOverlay;

/** A Table 1 count that, with expectations shown, takes the style class of its cell's expectation status. */
final class ExpectationCell extends TableCell<Table1Row, String> {
    private static final String[] CLASSES = {"expected-observed", "unexpected", "expected-empty", "neutral"};

    private final Table1ViewModel viewModel;
    private final int column;

    ExpectationCell(Table1ViewModel viewModel, int column) {
        this.viewModel = viewModel;
        this.column = column;
    }

    /** The style class of a status: EXPECTED_OBSERVED becomes "expected-observed". */
    static String styleClass(ExpectationOverlay.Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
        getStyleClass().removeAll(CLASSES);
        Table1Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (row != null && viewModel.showExpectationsProperty().get()) {
            getStyleClass().add(styleClass(viewModel.status(row.index(), column)));
        }
    }
}
