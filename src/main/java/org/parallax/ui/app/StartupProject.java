package org.parallax.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Decides which project the window opens on: the argument, else the last one, else the bundled sample. */
public final class StartupProject {
    static final Path SAMPLE = Path.of("samples", "nato-russia.parallax");

    private StartupProject() {
    }

    public static Optional<Path> choose(String argument, Settings settings, Path workingDirectory) {
        if (argument != null && !argument.isBlank()) {
            return Optional.of(Path.of(argument));
        }
        if (settings.lastProject() != null && Files.isRegularFile(Path.of(settings.lastProject()))) {
            return Optional.of(Path.of(settings.lastProject()));
        }
        Path sample = workingDirectory.resolve(SAMPLE);
        return Files.isRegularFile(sample) ? Optional.of(sample) : Optional.empty();
    }
}
