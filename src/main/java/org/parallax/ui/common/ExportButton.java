package org.parallax.ui.common;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.Button;

/** A button that asks where to save, runs an export in the background and then says where the file went. */
public final class ExportButton {
    private ExportButton() {
    }

    /**
     * {@code exporter} receives the chosen file and what to run when it is written; the extension comes from
     * {@code suggested} ("matrix.xlsx").
     */
    public static Button of(String text, String title, String suggested, BiConsumer<Path, Runnable> exporter,
                            DialogService dialogs) {
        Button button = new Button(text);
        button.setOnAction(e -> dialogs.chooseSaveFile(title, suggested,
                suggested.substring(suggested.lastIndexOf('.') + 1))
                .ifPresent(out -> exporter.accept(out, () -> dialogs.showInformation("Export", "Saved " + out))));
        return button;
    }

    /**
     * A button that asks where to save and hands the chosen file to {@code exporter}, which writes it through the
     * {@link ExportFlow} (the status bar says where it went); the extension comes from {@code suggested}.
     */
    public static Button toFlow(String text, String title, String suggested, Consumer<Path> exporter,
                                DialogService dialogs) {
        Button button = new Button(text);
        button.setOnAction(e -> dialogs.chooseSaveFile(title, suggested,
                suggested.substring(suggested.lastIndexOf('.') + 1)).ifPresent(exporter));
        return button;
    }
}
