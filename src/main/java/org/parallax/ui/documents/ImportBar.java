package org.parallax.ui.documents;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Progress of a running import, with Cancel; hidden when nothing is importing. */
public final class ImportBar extends HBox {

    public ImportBar(ImportViewModel viewModel) {
        super(8);
        getStyleClass().add("import-bar");
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.setPrefWidth(260);
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        Button cancel = new Button("_Cancel import");
        cancel.setOnAction(e -> viewModel.cancel());
        getChildren().addAll(new Label("Importing"), bar, message, cancel);
        visibleProperty().bind(viewModel.runningProperty());
        managedProperty().bind(viewModel.runningProperty());
    }
}
