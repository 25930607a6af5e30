package org.parallax.ui.assistant;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.parallax.model.AssistantMethod;
import org.parallax.workbench.AssistantEvaluation.CodeFigures;

/**
 * The Assistant tab: evaluate the assistant against your coding (per code precision, recall, F1 and κ, with
 * how many examples each code had and a plain warning for codes with too few), then turn its suggestions on.
 */
public final class AssistantView extends BorderPane {
    /**
     * {@code toTheText} gives the open document's text the keyboard: the suggestions' keys (A, R, N) work there, and
     * ticking "Show suggestions while reading" left it on the box, where they did nothing.
     */
    public AssistantView(AssistantViewModel viewModel, Runnable toTheText) {
        Button evaluate = new Button("Evaluate against my coding");
        evaluate.setId("assistantEvaluate");
        evaluate.setOnAction(e -> viewModel.evaluate());
        CheckBox suggest = new CheckBox("Show suggestions while reading");
        suggest.setId("assistantSuggest");
        suggest.selectedProperty().bindBidirectional(viewModel.enabledProperty());
        suggest.disableProperty().bind(viewModel.evaluatedProperty().not());
        suggest.setOnAction(e -> {
            if (suggest.isSelected()) {
                toTheText.run();
            }
        });
        ChoiceBox<AssistantMethod> method = new ChoiceBox<>(viewModel.methods());
        method.setId("assistantMethod");
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(AssistantMethod m) {
                return m == null ? "" : switch (m) {
                    case KNN -> "Similar wording (knn)";
                    case BAYES -> "Word statistics (bayes)";
                    case SEMANTIC -> "Similar meaning, English (semantic)";
                };
            }

            @Override
            public AssistantMethod fromString(String text) {
                return null;
            }
        });
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        method.setTooltip(new javafx.scene.control.Tooltip("How the assistant compares your text with coded passages;"
                + (viewModel.methods().contains(AssistantMethod.SEMANTIC) ? ""
                : " the semantic method is an add-on (parallax-semantic, docs/assistant.md)")));
        Label thresholdLabel = new Label("Threshold");
        Spinner<Double> threshold = new Spinner<>();
        threshold.setId("assistantThreshold");
        SpinnerValueFactory.DoubleSpinnerValueFactory values = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                0.01, 1.0, viewModel.thresholdProperty().get(), 0.05);
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
            }

            // text that is not a number keeps the threshold as it was
            @Override
            public Double fromString(String text) {
                try {
                    return Double.valueOf(text.trim().replace(',', '.'));
                } catch (NumberFormatException e) {
                    return values.getValue();
                }
            }
        });
        threshold.setValueFactory(values);
        threshold.setEditable(true);
        threshold.setPrefWidth(80);
        values.valueProperty().bindBidirectional(viewModel.thresholdProperty());
        thresholdLabel.setLabelFor(threshold);
        thresholdLabel.setTooltip(new javafx.scene.control.Tooltip("The confidence a code needs to be suggested "
                + "(evaluation and suggestions); changing it needs no training"));
        Button lower = new Button();
        lower.setId("assistantLower");
        lower.textProperty().bind(viewModel.lowerToProperty().asString(Locale.ROOT,
                "Show weaker suggestions (threshold %.2f)"));
        lower.visibleProperty().bind(viewModel.lowerToProperty().greaterThan(0));
        lower.managedProperty().bind(lower.visibleProperty());
        lower.setOnAction(e -> viewModel.lowerThreshold());
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        FlowPane controls = new FlowPane(8, 4, method, evaluate, thresholdLabel, threshold, suggest, lower, status);
        Label note = new Label("The assistant learns from your passages on this computer only; nothing leaves it."
                + " Suggestions are marked with a dashed underline in the text; the current one with a solid line.");
        note.setWrapText(true);
        VBox top = new VBox(2, controls, note);
        top.setPadding(new Insets(4, 6, 4, 6));

        TableView<CodeFigures> table = new TableView<>(viewModel.figures());
        table.setId("assistantFigures");
        table.getColumns().add(column("Code", 220, CodeFigures::code));
        table.getColumns().add(column("Passages", 70, c -> Integer.toString(c.passages())));
        table.getColumns().add(column("Units", 60, c -> Integer.toString(c.units())));
        table.getColumns().add(column("Precision", 75, c -> figure(c.precision())));
        table.getColumns().add(column("Recall", 65, c -> figure(c.recall())));
        table.getColumns().add(column("F1", 60, c -> figure(c.f1())));
        table.getColumns().add(column("κ", 60, c -> figure(c.kappa())));
        table.getColumns().add(column("Note", 120, c -> c.fewExamples() && !c.code().startsWith("(")
                ? "few examples" : ""));
        table.setPlaceholder(new Label("Not evaluated yet"));
        Label warning = new Label();
        warning.setId("assistantWarning");
        warning.setWrapText(true);
        warning.textProperty().bind(viewModel.warningProperty());
        warning.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setStyle("-fx-text-fill: #b71c1c; -fx-padding: 3 6 3 6;");
        setTop(top);
        setCenter(table);
        setBottom(warning);
    }

    /** A figure with three decimals, or a dash when its denominator was 0. */
    private static String figure(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static TableColumn<CodeFigures, String> column(String title, double width,
                                                           Function<CodeFigures, String> value) {
        TableColumn<CodeFigures, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
