package org.parallax.ui.app;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parallax.workbench.BundledSample;
import org.parallax.workbench.Team;

/**
 * Decides which project the window opens on: the argument, else the last one, else (first start) the
 * bundled sample, which the window opens as the researcher's own copy. A last project that is not where it was
 * opens nothing: the start page says so.
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
        if (missingLast(settings).isPresent()) {
            // The start page says where it was; the sample opened in its place looked like the researcher's work gone.
            return Optional.empty();
        }
        // A team project is not reopened at start: that would ask for a password before the window is up.
        if (settings.lastProject() != null && !Team.isTeamUrl(settings.lastProject())) {
            return Optional.of(new Choice(Path.of(settings.lastProject()), false));
        }
        return BundledSample.shipped(workingDirectory).map(sample -> new Choice(sample, true));
    }

    /** The last project file, when it is no longer where it was opened (moved, renamed, on a drive not plugged in). */
    static Optional<Path> missingLast(Settings settings) {
        String last = settings.lastProject();
        if (last == null || Team.isTeamUrl(last) || Files.isRegularFile(Path.of(last))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(last));
    }

    /** What the start page says about a last project that is not where it was. */
    static String missingLastLine(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return "Your last project, " + file.getFileName() + ", is no longer in " + folder + " (moved, renamed, deleted, "
                + "or on a drive that is not plugged in), so nothing was opened. Choose Open project… to open it where it "
                + "is now; plug the drive in first if it is on one.";
    }

    /**
     * Opens what {@link #choose} chooses in the window; the sample is copied into {@code documentsFolder} first.
     */
    public static void openIn(MainViewModel window, String argument, Path workingDirectory, Path documentsFolder) {
        if (argument == null || argument.isBlank()) {
            missingLast(window.settings()).ifPresent(file -> window.sayOnTheStartPage(missingLastLine(file)));
        }
        choose(argument, window.settings(), workingDirectory).ifPresent(choice -> {
            if (choice.sample()) {
                window.openSample(choice.file(), documentsFolder);
            } else {
                window.open(choice.file());
            }
        });
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
