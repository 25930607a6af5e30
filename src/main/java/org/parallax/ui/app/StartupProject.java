package org.parallax.ui.app;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
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
        return choose(argument, settings, workingDirectory, Files::isRegularFile);
    }

    static Optional<Choice> choose(String argument, Settings settings, Path workingDirectory, Predicate<Path> isFile) {
        if (argument != null && !argument.isBlank()) {
            return Optional.of(new Choice(fromArgument(argument), false));
        }
        if (missingLast(settings, isFile).isPresent()) {
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
    static Optional<Path> missingLast(Settings settings, Predicate<Path> isFile) {
        String last = settings.lastProject();
        if (last == null || Team.isTeamUrl(last) || isFile.test(Path.of(last))) {
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

    /** What the window does at start: say where the last project was, and open a project; either may be absent. */
    private record Start(Optional<Path> missing, Optional<Choice> choice) {
    }

    /**
     * Opens what {@link #choose} chooses in the window; the sample is copied into {@code documentsFolder} first. Which
     * project that is is found in the background (whether the last project is still there, and where the sample is,
     * are questions to the file system, which hang on a drive that stopped answering); the window shows its start page
     * meanwhile, and a project the researcher opened by then is not replaced.
     */
    public static void openIn(MainViewModel window, String argument, Path workingDirectory, Path documentsFolder) {
        Settings settings = window.settings();
        Predicate<Path> isFile = window.isFile();
        boolean named = argument != null && !argument.isBlank();
        new BackgroundCheck<Start>(window.context().tasks(), "which project to open at start",
                () -> () -> new Start(named ? Optional.empty() : missingLast(settings, isFile),
                        choose(argument, settings, workingDirectory, isFile)),
                start -> {
                    if (!window.showsTheStartPageOnly()) {
                        return;
                    }
                    start.missing().ifPresent(file -> window.sayOnTheStartPage(missingLastLine(file)));
                    start.choice().ifPresent(choice -> {
                        if (choice.sample()) {
                            window.openSample(choice.file(), documentsFolder);
                        } else {
                            window.open(choice.file());
                        }
                    });
                }).check();
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
