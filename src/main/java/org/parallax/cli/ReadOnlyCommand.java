package org.parallax.cli;

import org.parallax.workbench.Workbench;

/**
 * A project command that only reads: it opens the project read-only, so it runs beside a window holding the project
 * and on a file it may not write, and can change nothing by mistake.
 */
abstract class ReadOnlyCommand extends ProjectCommand {
    @Override
    final Workbench open(String location) {
        return Workbench.openReadOnly(location, passwordPrompt(location));
    }
}
