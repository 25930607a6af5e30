package org.parallax.cli;

import java.nio.file.Path;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.Team;
import org.parallax.workbench.Workbench;

/**
 * An argument that must name a project file. A team project's URL there would otherwise be read as a path
 * ("postgresql:/alice@host/…") and answered with nonsense about a missing file; it is refused in one line saying
 * what to do instead.
 */
final class ProjectFileArgument {
    private ProjectFileArgument() {
    }

    static Path of(String argument, String forTeamProjects) {
        if (Team.isTeamUrl(argument)) {
            throw new ParallaxException(argument + " is a team project's URL, but here a project file (NAME.parallax) "
                    + "is needed: " + forTeamProjects);
        }
        return Workbench.projectFile(Path.of(argument));
    }
}
