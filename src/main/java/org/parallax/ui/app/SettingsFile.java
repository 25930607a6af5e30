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
    private final Path legacy;

    public SettingsFile(Path file) {
        this(file, null);
    }

    /** Settings in {@code file}; while it does not exist yet, they are read from {@code legacy} (an older place). */
    public SettingsFile(Path file, Path legacy) {
        this.file = file;
        this.legacy = legacy;
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or defaults when there are none or they cannot be read (logged, never fatal). */
    public Settings load() {
        Path source = !Files.isRegularFile(file) && legacy != null && Files.isRegularFile(legacy) ? legacy : file;
        if (!Files.isRegularFile(source)) {
            return Settings.defaults();
        }
        try {
            return JSON.readValue(source.toFile(), Settings.class);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable settings " + source, e);
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
