package org.parallax.ui.backups;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The strip under the menu that says why a project is open read-only and offers a way out. */
public final class ProjectBanner extends HBox {

    public ProjectBanner(BackupsViewModel viewModel) {
        super(8);
        getStyleClass().add("project-banner");
        setId("projectBanner");
        setStyle("-fx-background-color: #fff3cd; -fx-padding: 6 10 6 10; -fx-border-color: #e0c060; "
                + "-fx-border-width: 0 0 1 0;");
        Label message = new Label();
        message.setId("projectBannerText");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(viewModel.bannerProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        Button restore = new Button();
        restore.setId("projectBannerRestore");
        restore.textProperty().bind(viewModel.offerProperty().map(c -> "Restore the backup of " + c.when() + "…")
                .orElse(""));
        restore.visibleProperty().bind(viewModel.offerProperty().isNotNull());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setOnAction(e -> viewModel.restore(viewModel.offerProperty().get()));
        Button copy = new Button("Save a copy…");
        copy.setOnAction(e -> viewModel.saveCopy());
        getChildren().addAll(message, restore, copy);
        visibleProperty().bind(viewModel.bannerProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
