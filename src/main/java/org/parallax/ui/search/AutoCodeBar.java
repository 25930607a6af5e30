package org.parallax.ui.search;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parallax.analysis.TextUnits;
import org.parallax.ui.common.ChoiceBinding;

/** The auto-code row under the search results: code, scope, all or selected hits, preview and apply. */
final class AutoCodeBar extends VBox {

    AutoCodeBar(AutoCodeViewModel viewModel) {
        super(2);
        ComboBox<String> code = ChoiceBinding.comboBox(viewModel.codes(), viewModel.codeProperty());
        code.setId("autoCodeCode");
        code.setPromptText("Code");
        ComboBox<TextUnits.Scope> scope = new ComboBox<>();
        scope.getItems().setAll(TextUnits.Scope.values());
        scope.setId("autoCodeScope");
        org.parallax.ui.common.ChoiceLabels.show(scope, s -> s.name().toLowerCase(java.util.Locale.ROOT));
        scope.valueProperty().bindBidirectional(viewModel.scopeProperty());
        ToggleGroup which = new ToggleGroup();
        RadioButton all = new RadioButton("All hits");
        RadioButton selected = new RadioButton("Selected lines");
        all.setToggleGroup(which);
        selected.setToggleGroup(which);
        all.setSelected(!viewModel.selectedOnlyProperty().get());
        selected.selectedProperty().bindBidirectional(viewModel.selectedOnlyProperty());
        Button preview = new Button("Preview");
        preview.setOnAction(e -> viewModel.preview());
        Label summary = new Label();
        summary.setId("autoCodePreview");
        summary.textProperty().bind(viewModel.previewProperty());
        Button apply = new Button("Apply");
        apply.setId("autoCodeApply");
        apply.disableProperty().bind(viewModel.planProperty().isNull());
        apply.setOnAction(e -> viewModel.apply());
        // Greyed out once it has coded, Apply gave its focus to the next control in the window, the codebook's filter
        // box, which took the Ctrl+Z the line below promises. Preview, beside it, keeps the focus in this row.
        apply.disabledProperty().addListener((o, was, disabled) -> {
            if (disabled && apply.isFocused()) {
                preview.requestFocus();
            }
        });
        // The controls keep their width; the preview line sits beneath them and wraps when narrow.
        for (var control : java.util.List.of(preview, apply, all, selected)) {
            control.setMinWidth(USE_PREF_SIZE);
        }
        summary.setWrapText(true);
        summary.setMinHeight(USE_PREF_SIZE);
        Label with = new Label("Auto-code with");
        with.setMinWidth(USE_PREF_SIZE);
        Label within = new Label("scope");
        within.setMinWidth(USE_PREF_SIZE);
        HBox controls = new HBox(6, with, code, within, scope, all, selected, preview, apply);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(controls, summary);
    }
}
