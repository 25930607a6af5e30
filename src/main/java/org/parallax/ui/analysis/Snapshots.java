package org.parallax.ui.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.parallax.ui.common.ExportFlow;
import org.parallax.workbench.OutputFiles;

/**
 * Saves what a chart or table shows as a PNG image: the snapshot renders the node, so it is taken on the UI
 * thread; encoding and writing the file run as a background task, whole or not at all.
 */
public final class Snapshots {
    private Snapshots() {
    }

    /**
     * Takes the snapshot now, with the texts it shows, then writes {@code file} through the one export flow, named
     * {@code what}, unless those texts hold a name the project's files replace.
     */
    public static void savePng(Node node, Path file, ExportFlow exports, String what) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        List<String> shown = new ArrayList<>();
        textsShown(node, shown);
        exports.write(what, file, wb -> {
            wb.exports().refusePictureHoldingNames(file, shown);
            writePng(pixels, file);
            return List.of();
        });
    }

    /** Every text the node draws: a label's, a cell's, an axis's, a legend's (each is a {@link Text} of a skin). */
    private static void textsShown(Node node, List<String> shown) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            shown.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> textsShown(child, shown));
        }
    }

    static void writePng(BufferedImage pixels, Path file) {
        OutputFiles.write(file, "the image", out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
