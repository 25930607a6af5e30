package org.parallax.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * `open PROJECT`: the window on a project, as other tools' command lines say it. Main opens the window itself for a
 * project file, a team URL or a .qdpx; this command is reached only for anything else, and explains it.
 */
@Command(name = "open", description = "Open a project in the window, the same as `parallax PROJECT`: a project file "
        + "(NAME.parallax), a team project's URL, or a REFI-QDA project (NAME.qdpx, opened as a new project beside it).")
final class OpenCommand implements Runnable {
    @Parameters(paramLabel = "PROJECT", description = "The project file, team project URL or .qdpx to open.")
    Path file;

    @Override
    public void run() {
        if (!java.nio.file.Files.exists(file)) {
            throw new IllegalArgumentException(file + ": no such file (parallax open takes a project file, a team "
                    + "project's URL or a .qdpx)");
        }
        ParallaxCommand.explainWhyTheWindowDidNotOpen(file);
    }
}
