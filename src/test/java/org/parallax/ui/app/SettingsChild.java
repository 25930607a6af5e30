package org.parallax.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child JVM that saves two different settings into one file in turn, as the window does on every change, and
 * creates a signal file once the first save is done; the test kills it ({@link SettingsWriteKillTest}).
 */
public final class SettingsChild {
    private SettingsChild() {
    }

    public static void main(String[] args) throws Exception {
        SettingsFile file = new SettingsFile(Path.of(args[0]));
        Settings[] both = {settings("first"), settings("second")};
        file.save(both[0]);
        Files.createFile(Path.of(args[1]));
        for (int i = 1; ; i++) {
            file.save(both[i % 2]);
        }
    }

    /** Settings with two hundred recent projects and places read in them, so that a save takes a few writes. */
    static Settings settings(String which) {
        Settings settings = Settings.defaults();
        for (int i = 0; i < 200; i++) {
            String project = "/home/researcher/" + which + " project " + i + ".parallax";
            settings = settings.withProject(project).withLastDocument(project, i).withReadingPlace(project, i * 7);
        }
        return settings.withLayout(which.length() * 100.0, 700, java.util.List.of(0.25, 0.5));
    }
}
