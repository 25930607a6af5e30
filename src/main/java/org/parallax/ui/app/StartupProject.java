package org.parallax.ui.app;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parallax.workbench.BundledSample;
import org.parallax.workbench.Team;

/**
 * Decides which project the window opens on: the argument, else the last one, else (first start) the
 * bundled sample, which the window opens as the researcher's own copy.
 */
public final class StartupProject {
    /** A project to open; when {@code sample} is true, {@code file} is the shipped sample to copy first. */
    public record Choice(Path file, boolean sample) {
    }

    private StartupProject() {
    }

    public static Optional<Choice> choose(String argument, Settings settings, Path workingDirectory) {
        if (argument != null && !argument.isBlank()) {
            return Optional.of(new Choice(fromArgument(argument), false));
        }
        // A team project is not reopened at start: that would ask for a password before the window is up.
        if (settings.lastProject() != null && !Team.isTeamUrl(settings.lastProject())
                && Files.isRegularFile(Path.of(settings.lastProject()))) {
            return Optional.of(new Choice(Path.of(settings.lastProject()), false));
        }
        return BundledSample.shipped(workingDirectory).map(sample -> new Choice(sample, true));
    }

    /** A REFI-QDA project file (another program's project), which the window opens as a new project of its own. */
    public static boolean isQdpx(String argument) {
        return argument.toLowerCase(java.util.Locale.ROOT).endsWith(".qdpx");
    }

    /** A path, or a file: URI as some desktops pass for a double-clicked file (spaces as %20). */
    static Path fromArgument(String argument) {
        if (argument.startsWith("file:")) {
            try {
                return Path.of(URI.create(argument));
            } catch (IllegalArgumentException notAFileUri) {
                return Path.of(argument);
            }
        }
        return Path.of(argument);
    }
}
