package org.parallax.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;

/** A button that asks where to save and hands the file to an export through the one export flow. */
public final class ExportButton {
    private ExportButton() {
    }

    /**
     * A button that asks where to save and hands the chosen file to {@code exporter}, which writes it through the
     * {@link ExportFlow} (the status bar says where it went); the extension comes from {@code suggested}.
     */
    public static Button toFlow(String text, String title, String suggested, Consumer<Path> exporter,
                                DialogService dialogs) {
        Button button = new Button(text);
        // Every writer of the window found by one look-up (EveryWindowExportPseudonymisesRobotTest).
        button.getStyleClass().add("export-button");
        button.setOnAction(e -> dialogs.chooseSaveFile(title, suggested,
                suggested.substring(suggested.lastIndexOf('.') + 1)).ifPresent(exporter));
        return button;
    }
}
