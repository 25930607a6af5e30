package org.parallax.ui.app;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: project path, coder and counts. */
final class StatusBar extends HBox {

    StatusBar(StatusViewModel viewModel) {
        super(16);
        getStyleClass().add("status-bar");
        Label project = new Label();
        project.textProperty().bind(viewModel.projectProperty());
        project.setId("statusProject");
        Label coder = new Label();
        coder.textProperty().bind(viewModel.coderProperty());
        Label counts = new Label();
        counts.textProperty().bind(viewModel.countsProperty());
        counts.setId("statusCounts");
        Label lastResult = new Label();
        lastResult.textProperty().bind(viewModel.lastResultProperty());
        lastResult.setId("statusLastResult");
        Label connection = new Label();
        connection.textProperty().bind(viewModel.connectionProperty());
        connection.setId("statusConnection");
        connection.getStyleClass().add("status-warning");
        Label indexing = new Label();
        indexing.textProperty().bind(viewModel.indexingProperty());
        indexing.setId("statusIndexing");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(project, connection, gap, indexing, lastResult, coder, counts);
    }
}
