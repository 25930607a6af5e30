package org.parallax.ui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.OutputFiles;

/** Settings as JSON in one file, written to a temporary file first and moved into place. */
public final class SettingsFile {
    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** The settings under the user's home: ~/.parallax/settings.json. */
    public static SettingsFile inHome() {
        return new SettingsFile(Path.of(System.getProperty("user.home"), ".parallax", "settings.json"));
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or defaults when there are none or they cannot be read (logged, never fatal). */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            return JSON.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable settings " + file, e);
            return Settings.defaults();
        }
    }

    /**
     * Saves atomically (temp file and move) so a crash mid-write never leaves half a file; failures are
     * logged only. It writes to disk, so the window calls it as a background task.
     */
    public void save(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            OutputFiles.write(file, "settings", out -> JSON.writeValue(out, settings));
        } catch (IOException | ParallaxException e) {
            LOG.log(Level.WARNING, "Could not save settings to " + file, e);
        }
    }
}
