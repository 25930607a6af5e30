package org.parallax.ui.compare;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.parallax.workbench.Disagreement;
import org.parallax.workbench.Disagreement.Side;
import org.parallax.ui.common.ChoiceBinding;
import org.parallax.ui.common.FittedColumns;

/** The Compare tab: two coder combos, the disagreements between them, and Accept A / Accept B. */
public final class CompareView extends BorderPane {
    public CompareView(CompareViewModel viewModel) {
        ComboBox<String> coderA = ChoiceBinding.comboBox(viewModel.coders(), viewModel.coderAProperty());
        coderA.setId("compareCoderA");
        ComboBox<String> coderB = ChoiceBinding.comboBox(viewModel.coders(), viewModel.coderBProperty());
        coderB.setId("compareCoderB");
        Button acceptA = acceptButton("Accept A", Side.A, viewModel);
        Button acceptB = acceptButton("Accept B", Side.B, viewModel);
        Label settleNote = new Label();
        settleNote.setId("compareSettleNote");
        settleNote.textProperty().bind(viewModel.acceptNote());
        settleNote.visibleProperty().bind(settleNote.textProperty().isNotEmpty());
        settleNote.managedProperty().bind(settleNote.visibleProperty());
        FlowPane choices = new FlowPane(6, 4, new Label("Coder A"), coderA, new Label("Coder B"), coderB,
                acceptA, acceptB, settleNote);
        choices.setPadding(new Insets(4, 6, 4, 6));

        TableView<Disagreement> table = new TableView<>(viewModel.disagreements());
        table.setId("disagreements");
        // The two sides' texts take the room the others leave; each text cut short shows whole in its tooltip.
        table.getColumns().add(FittedColumns.stretching(column("Document", 150, Disagreement::document), 90));
        table.getColumns().add(FittedColumns.fixed(column("Kind", 0, d -> d.kind().label()), 110));
        table.getColumns().add(FittedColumns.stretching(column("A: code", 140,
                d -> d.a() == null ? "" : d.a().code()), 90));
        table.getColumns().add(FittedColumns.stretching(column("A: text", 240,
                d -> d.a() == null ? "" : oneLine(d.a().text())), 120));
        table.getColumns().add(FittedColumns.stretching(column("B: code", 140,
                d -> d.b() == null ? "" : d.b().code()), 90));
        table.getColumns().add(FittedColumns.stretching(column("B: text", 240,
                d -> d.b() == null ? "" : oneLine(d.b().text())), 120));
        table.getColumns().add(FittedColumns.fixed(column("Consensus", 0, d -> d.resolved() ? "✓" : ""), 0));
        FittedColumns.fit(table);
        Label empty = new Label();
        empty.textProperty().bind(viewModel.tableNoteProperty());
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        Label summary = new Label();
        summary.setId("compareSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setPadding(new Insets(2, 6, 2, 6));
        // the agreement figures wrap in a narrow pane rather than losing κ at the end
        summary.setWrapText(true);
        setTop(choices);
        setCenter(table);
        setBottom(summary);
    }

    private static Button acceptButton(String text, Side side, CompareViewModel viewModel) {
        Button button = new Button(text);
        button.disableProperty().bind(viewModel.canAccept(side).not());
        button.setOnAction(e -> viewModel.accept(side));
        return button;
    }

    private static TableColumn<Disagreement, String> column(String name, double width,
                                                           Function<Disagreement, String> value) {
        TableColumn<Disagreement, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
