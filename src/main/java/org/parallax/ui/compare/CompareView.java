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

/** The Compare tab: two coder combos, the disagreements between them, and Accept A / Accept B. */
public final class CompareView extends BorderPane {
    public CompareView(CompareViewModel viewModel) {
        ComboBox<String> coderA = ChoiceBinding.comboBox(viewModel.coders(), viewModel.coderAProperty());
        coderA.setId("compareCoderA");
        ComboBox<String> coderB = ChoiceBinding.comboBox(viewModel.coders(), viewModel.coderBProperty());
        coderB.setId("compareCoderB");
        Button acceptA = acceptButton("Accept A", Side.A, viewModel);
        Button acceptB = acceptButton("Accept B", Side.B, viewModel);
        FlowPane choices = new FlowPane(6, 4, new Label("Coder A"), coderA, new Label("Coder B"), coderB,
                acceptA, acceptB);
        choices.setPadding(new Insets(4, 6, 4, 6));

        TableView<Disagreement> table = new TableView<>(viewModel.disagreements());
        table.setId("disagreements");
        table.getColumns().add(column("Document", 180, Disagreement::document));
        table.getColumns().add(column("Kind", 100, d -> d.kind().label()));
        table.getColumns().add(column("A: code", 160, d -> d.a() == null ? "" : d.a().code()));
        table.getColumns().add(column("A: text", 260, d -> d.a() == null ? "" : oneLine(d.a().text())));
        table.getColumns().add(column("B: code", 160, d -> d.b() == null ? "" : d.b().code()));
        table.getColumns().add(column("B: text", 260, d -> d.b() == null ? "" : oneLine(d.b().text())));
        table.getColumns().add(column("Consensus", 80, d -> d.resolved() ? "✓" : ""));
        table.setPlaceholder(new Label("No disagreements between the chosen coders"));
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
