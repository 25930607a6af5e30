package org.parallax.ui.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.Team;
import org.parallax.workbench.Workbench;

/**
 * What is wrong with the file the window was asked to open ({@code parallax FILE}, {@code parallax open FILE}), said
 * in the terminal before the window starts. Without a display, {@code parallax open nothere.parallax} said "no
 * display", which sent the researcher looking for a screen when the name was mistyped.
 */
final class WindowArgument {
    private WindowArgument() {
    }

    /**
     * A file that is not there, or a folder: no window, display or not, can open it, and a running window must not be
     * handed it. A team project's URL is the server's to answer.
     */
    static Optional<String> missing(String[] args) {
        return file(args).flatMap(file -> {
            if (Files.isDirectory(file)) {
                return Optional.of("parallax: cannot open " + args[0] + ": it is a folder, not a project file");
            }
            if (!Files.exists(file)) {
                return Optional.of("parallax: cannot open " + args[0] + ": no such file (" + file.toAbsolutePath()
                        + ")");
            }
            return Optional.empty();
        });
    }

    /**
     * A project file that is not a Parallax project (notes.csv renamed, an empty file). Asked only when the window
     * cannot start anyway: with a display the window says it, and offers the backups of a damaged project.
     */
    static Optional<String> notAProject(String[] args) {
        Optional<Path> project = file(args).filter(file -> !StartupProject.isQdpx(file.toString()));
        try {
            project.ifPresent(Workbench::requireProject);
            return Optional.empty();
        } catch (ParallaxException refused) {
            return Optional.of("parallax: cannot open " + args[0] + ": " + refused.getMessage());
        }
    }

    private static Optional<Path> file(String[] args) {
        if (args.length != 1 || Team.isTeamUrl(args[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(StartupProject.fromArgument(args[0]));
        } catch (InvalidPathException unreadable) {
            return Optional.empty(); // the window's own opening names it
        }
    }
}
