package org.parallax.ui.practice;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.parallax.ui.common.RowOpens;
import org.parallax.ui.common.ChoiceBinding;

/**
 * The Practice tab: student and reference coder combos, a blind-coding switch with its hint, the comparison
 * of the open document's passages, and a summary line; double-clicking a row opens its passage.
 */
public final class PracticeView extends BorderPane {
    /** {@code blind} is the window's Edit → Blind coding switch, shared so both always agree. */
    public PracticeView(PracticeViewModel viewModel, BooleanProperty blind) {
        ComboBox<String> student = ChoiceBinding.comboBox(viewModel.coders(), viewModel.studentProperty());
        student.setId("practiceStudent");
        ComboBox<String> reference = ChoiceBinding.comboBox(viewModel.coders(), viewModel.referenceProperty());
        reference.setId("practiceReference");
        Button compare = new Button("Compare with reference");
        compare.setId("practiceCompare");
        compare.disableProperty().bind(viewModel.canCompare().not());
        compare.setOnAction(e -> viewModel.compare());
        CheckBox blindBox = new CheckBox("Blind coding");
        blindBox.setId("practiceBlind");
        blindBox.selectedProperty().bindBidirectional(blind);
        FlowPane choices = new FlowPane(6, 4, new Label("Student"), student, new Label("Reference"), reference,
                compare, blindBox);
        Label hint = new Label("Code blind: turn on Edit → Blind coding (or the box above) while the student codes,"
                + " so the reference passages stay hidden; the reference layer is only read, never changed.");
        hint.setWrapText(true);
        VBox top = new VBox(2, choices, hint);
        top.setPadding(new Insets(4, 6, 4, 6));

        TableView<PracticeRow> table = new TableView<>(viewModel.rows());
        table.setId("practiceRows");
        table.getColumns().add(column("Outcome", 80, r -> r.outcome().label()));
        table.getColumns().add(column("Code", 180, PracticeRow::code));
        table.getColumns().add(column("Passage", 380, r -> oneLine(r.text())));
        table.getColumns().add(column("Definition (missed)", 380, r -> oneLine(r.definition())));
        table.setPlaceholder(new Label("No comparison yet"));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                viewModel.selectedProperty().set(now));
        RowOpens.on(table, row -> {
            viewModel.selectedProperty().set(row);
            viewModel.openSelected();
        });

        Label summary = new Label();
        summary.setId("practiceSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setPadding(new Insets(2, 6, 2, 6));
        setTop(top);
        setCenter(table);
        setBottom(summary);
    }

    private static TableColumn<PracticeRow, String> column(String name, double width,
                                                          Function<PracticeRow, String> value) {
        TableColumn<PracticeRow, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
