package org.parallax.ui.exchange;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Shows that an import, export or merge is running; hidden otherwise. */
public final class ExchangeBar extends HBox {

    public ExchangeBar(ExchangeViewModel viewModel) {
        super(8);
        getStyleClass().add("import-bar");
        setId("exchangeBar");
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(200);
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        getChildren().addAll(bar, message);
        visibleProperty().bind(viewModel.runningProperty());
        managedProperty().bind(viewModel.runningProperty());
    }
}
