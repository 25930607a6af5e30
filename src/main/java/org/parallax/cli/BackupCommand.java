package org.parallax.cli;

import java.nio.file.Path;
import org.parallax.workbench.Backup;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `backup PROJECT [--to FILE]`: a consistent snapshot into NAME.parallax.backups/, or to a file of the user's. */
@Command(name = "backup", description = "Write a backup of the project into NAME.parallax.backups/ beside it "
        + "(docs/backups.md); older backups are thinned by the rotation. With --to, write a copy to FILE instead.")
final class BackupCommand extends ProjectCommand {
    @Option(names = "--to", paramLabel = "FILE", description = "Write a consistent copy of the project to FILE "
            + "(another disk, a USB stick), as File → Save a copy… does: whole or not at all; an existing FILE is never "
            + "replaced. The copy is not one of the project's backups: rotation and restore's list leave it alone.")
    Path to;

    @Override
    int run(Workbench workbench) {
        if (to != null) {
            workbench.backups().copyTo(to);
            out().println("Copy written to " + to.toAbsolutePath());
        } else {
            Backup backup = workbench.backups().take("manual");
            out().println("Backup written to " + backup.file());
        }
        workbench.backups().realNamesHeld().ifPresent(held -> err().println("note: " + held));
        return 0;
    }
}
