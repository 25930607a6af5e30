package org.parallax.cli;

import org.parallax.workbench.Backup;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;

/** `backup PROJECT`: a consistent snapshot into NAME.parallax.backups/. */
@Command(name = "backup", description = "Write a backup of the project into NAME.parallax.backups/ beside it "
        + "(docs/backups.md); older backups are thinned by the rotation.")
final class BackupCommand extends ProjectCommand {
    @Override
    int run(Workbench workbench) {
        Backup backup = workbench.backups().take("manual");
        out().println("Backup written to " + backup.file());
        workbench.backups().realNamesHeld().ifPresent(held -> err().println("note: " + held));
        return 0;
    }
}
