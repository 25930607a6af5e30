package org.parallax.ui.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.parallax.ui.common.BackgroundTasks;
import org.parallax.workbench.AppFolders;

/**
 * Where file choosers start, found off the JavaFX thread. Whether the folder last chosen still exists is a question to
 * the file system, and on a network drive that stopped answering it hangs: asked on the JavaFX thread as a chooser
 * opened, it froze the window. The folders are checked in the background each time what they depend on changes and
 * each time a chooser asks; a chooser starts where the last check that ended found, at once.
 */
final class ChooserFolders {
    /**
     * What the choosers' folders are found from, read on the JavaFX thread: the folder last chosen in a chooser and
     * the one the open project's last export went to (as remembered, either null), the open project file's folder (null for none or
     * a team project) and the user's documents folder, found when checked.
     */
    record Remembered(String lastFolder, String lastExportFolder, Path projectFolder, Supplier<Path> documents) {
    }

    /** Where import and open choosers start, and where export choosers start. */
    record Found(Path chooser, Path export) {
    }

    private final BackgroundCheck<Found> checks;
    /** On the JavaFX thread: the last check's answer; the home folder, which needs no check, until one ends. */
    private Found found;

    ChooserFolders(BackgroundTasks tasks, Supplier<Remembered> remembered, Predicate<Path> isFolder) {
        Path home = AppFolders.home();
        this.found = new Found(home, home);
        this.checks = new BackgroundCheck<>(tasks, "where file choosers start", () -> {
            Remembered now = remembered.get();
            return () -> find(now, isFolder);
        }, answer -> found = answer);
    }

    /** Where the next import or open chooser starts; asks for a check, for the chooser after it. */
    Path chooser() {
        check();
        return found.chooser();
    }

    /** Where the next export chooser starts; asks for a check, for the chooser after it. */
    Path export() {
        check();
        return found.export();
    }

    /** Checks the folders again in the background, with what is remembered as the check starts. */
    void check() {
        checks.check();
    }

    /**
     * The folder last chosen while it exists, else the project's folder while it exists, else the documents folder;
     * for exports, the folder the last export went to while it exists, else the project's, else the chooser's.
     */
    static Found find(Remembered remembered, Predicate<Path> isFolder) {
        Optional<Path> project = Optional.ofNullable(remembered.projectFolder()).filter(isFolder);
        Path chooser = existing(remembered.lastFolder(), isFolder)
                .orElseGet(() -> project.orElseGet(remembered.documents()));
        Path export = existing(remembered.lastExportFolder(), isFolder).orElseGet(() -> project.orElse(chooser));
        return new Found(chooser, export);
    }

    private static Optional<Path> existing(String folder, Predicate<Path> isFolder) {
        return Optional.ofNullable(folder).map(Path::of).filter(isFolder);
    }
}
