package org.parallax.ui.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
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

    /** Takes the snapshot now, then writes {@code file} through the one export flow, named {@code what}. */
    public static void savePng(Node node, Path file, ExportFlow exports, String what) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        exports.write(what, file, wb -> {
            wb.exports().refusePictureWhilePseudonymising(file);
            writePng(pixels, file);
            return List.of();
        });
    }

    static void writePng(BufferedImage pixels, Path file) {
        OutputFiles.write(file, "the image", out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
