package org.parallax.ui.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.parallax.workbench.Team;

/** Entries of the recent-projects list: project files' paths and team projects' URLs (never with a password). */
final class RecentProjects {
    private RecentProjects() {
    }

    /** Whether an entry can be offered: a team URL always (the server answers when asked), a file if it exists. */
    static boolean available(String location) {
        if (Team.isTeamUrl(location)) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(location));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
