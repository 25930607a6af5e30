package org.parallax.ui.app;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar: project path, coder and counts. When the bar is short of room (1024×768, a project deep in its
 * folders) the path, the last result, the indexing and the team server's line give way, the path keeping its file
 * name; who is coding and the counts stay whole: the bar shrank every label alike and cut the coder's name.
 */
final class StatusBar extends HBox {
    private final Hyperlink coder;

    StatusBar(StatusViewModel viewModel, Runnable switchCoder) {
        super(16);
        getStyleClass().add("status-bar");
        Label project = new Label();
        project.textProperty().bind(viewModel.projectProperty());
        project.setId("statusProject");
        project.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        // Who codes is set where it shows: a new project coded under the computer's login name unasked.
        coder = new Hyperlink();
        coder.textProperty().bind(viewModel.coderProperty());
        coder.setId("statusCoder");
        coder.setTooltip(new Tooltip("Code under another name (Edit → Switch coder…)"));
        coder.setOnAction(e -> {
            coder.setVisited(false);
            switchCoder.run();
        });
        coder.setMinWidth(Region.USE_PREF_SIZE);
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
        // A damaged project's indexing line holds the damage's whole message, and a team server out of reach is a
        // long line too: kept at full width either would widen the window's content past the window, so they give way
        // too, whole in their tooltips.
        for (Label giving : new Label[] {project, lastResult, indexing, connection}) {
            giving.setMinWidth(0);
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(giving.textProperty());
            giving.setTooltip(whole);
        }
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(project, connection, gap, indexing, lastResult, coder, counts);
    }

    /** The coder's name, a link to Switch coder…: where F6 stops in the status bar. */
    Hyperlink coderLink() {
        return coder;
    }
}
