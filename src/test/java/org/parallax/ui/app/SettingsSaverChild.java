package org.parallax.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child JVM of {@link SettingsSavedByTwoProgramsTest}: a program that, once {@code go} appears, saves the settings
 * file {@code count} times over what others saved, each time as a window that knows one reading place of its own.
 */
final class SettingsSaverChild {
    private SettingsSaverChild() {
    }

    public static void main(String[] args) throws Exception {
        SettingsFile file = new SettingsFile(Path.of(args[0]));
        String name = args[1];
        int count = Integer.parseInt(args[2]);
        Path go = Path.of(args[3]);
        while (!Files.exists(go)) {
            Thread.onSpinWait();
        }
        for (int i = 0; i < count; i++) {
            file.saveOver(Settings.defaults().withPlaceInText(name + "-" + i, i));
        }
    }
}
