package org.parallax.ui.analysis;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.parallax.model.ParallaxException;

/** Saves what a chart or table shows as a PNG image; runs on the UI thread, since a snapshot renders the node. */
public final class Snapshots {
    private Snapshots() {
    }

    public static void savePng(Node node, Path file) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new ParallaxException("Cannot save the image " + file + ": " + e.getMessage(), e);
        }
    }
}
