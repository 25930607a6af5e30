package org.parallax.ui.backups;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip under the menu that says why a project is open read-only, or why it has no daily backup, and offers a
 * way out; else what opening did to the file (an upgrade) and where its backup lies, until dismissed. Read-only comes
 * first: nothing is saved then, so a backup warning would be beside the point.
 */
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
        message.textProperty().bind(Bindings.when(viewModel.bannerProperty().isNotEmpty())
                .then(viewModel.bannerProperty()).otherwise(Bindings.when(viewModel.backupWarningProperty().isNotEmpty())
                        .then(viewModel.backupWarningProperty()).otherwise(viewModel.openingNoteProperty())));
        HBox.setHgrow(message, Priority.ALWAYS);
        Button restore = new Button();
        restore.setId("projectBannerRestore");
        restore.textProperty().bind(viewModel.offerProperty().map(c -> "Restore the backup of " + c.when() + "…")
                .orElse(""));
        restore.visibleProperty().bind(viewModel.offerProperty().isNotNull());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setOnAction(e -> viewModel.restore(viewModel.offerProperty().get()));
        Button copy = new Button("Save a copy…");
        copy.setId("projectBannerSaveCopy");
        copy.setOnAction(e -> viewModel.saveCopy());
        copy.visibleProperty().bind(viewModel.bannerProperty().isNotEmpty().and(viewModel.copyOfferedProperty()));
        copy.managedProperty().bind(copy.visibleProperty());
        Button backUp = new Button("Back up now");
        backUp.setId("projectBannerBackUp");
        backUp.setOnAction(e -> viewModel.backUpNow());
        backUp.visibleProperty().bind(viewModel.bannerProperty().isEmpty().and(viewModel.backUpOfferedProperty()));
        backUp.managedProperty().bind(backUp.visibleProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("projectBannerDismiss");
        dismiss.setOnAction(e -> viewModel.dismissOpeningNote());
        dismiss.visibleProperty().bind(message.textProperty().isEqualTo(viewModel.openingNoteProperty())
                .and(viewModel.openingNoteProperty().isNotEmpty()));
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        getChildren().addAll(message, restore, copy, backUp, dismiss);
        // Beside a long message a button shrank to "…"; the message wraps instead.
        for (Button button : new Button[] {restore, copy, backUp, dismiss}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        visibleProperty().bind(message.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
