package org.parallax.ui.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.parallax.workbench.Team;

/** Entries of the recent-projects list: project files' paths and team projects' URLs (never with a password). */
final class RecentProjects {
    private RecentProjects() {
    }

    /**
     * Whether an entry can be offered: a team URL always (the server answers when asked), a file if {@code isFile}
     * finds it. Asked of the file system, which on a network drive that stopped answering hangs: never on the JavaFX
     * thread ({@link RecentGone}).
     */
    static boolean available(String location, Predicate<Path> isFile) {
        if (Team.isTeamUrl(location)) {
            return true;
        }
        try {
            return isFile.test(Path.of(location));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
