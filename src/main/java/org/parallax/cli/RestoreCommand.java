package org.parallax.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.model.Counted;
import org.parallax.workbench.Backup;
import org.parallax.workbench.BackupSummary;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Restore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `restore PROJECT [BACKUP]`: lists the backups, or puts one in place keeping the current file as a backup. */
@Command(name = "restore", description = "Without BACKUP, list the project's backups with date, documents and "
        + "passages. With BACKUP, keep the current file as a backup, then put BACKUP in its place. Close the project "
        + "in the window first.")
final class RestoreCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (NAME.parallax).")
    String projectArgument;

    @Parameters(index = "1", arity = "0..1", paramLabel = "BACKUP",
            description = "The backup: its number in the list (1 = newest), its file name or a path.")
    String backup;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Path project = ProjectFileArgument.of(projectArgument, "a team project is backed up and restored on its "
                + "server with pg_dump and pg_restore (docs/team.md)");
        if (backup == null) {
            List<Backup> all = Backups.list(project);
            if (all.isEmpty()) {
                out.println("No backups of " + project.getFileName() + Backups.folderProblem(project).map(p -> ": " + p)
                        .orElse(" in " + Backups.folder(project)));
                return 0;
            }
            Listing listing = new Listing(List.of("#", "taken", "why", "documents", "passages", "file"));
            for (int i = 0; i < all.size(); i++) {
                BackupSummary s = Backups.summarise(all.get(i));
                listing.row(i + 1, WHEN.format(s.backup().taken()), s.backup().reason(),
                        s.sound() ? s.documents() : "?", s.sound() ? s.passages() : s.problem(),
                        s.backup().file().getFileName());
            }
            Listing.print(out, listing, OutputFormat.table);
            Instant now = Instant.now();
            long ahead = all.stream().filter(b -> b.datedAfter(now)).count();
            if (ahead > 0) {
                out.println("note: " + (ahead == 1 ? "backup " + all.size() + " is" : "backups " + (all.size() - ahead + 1)
                        + "-" + all.size() + " are") + " dated after this computer's clock (now " + WHEN.format(now)
                        + "): taken while the clock was ahead, or the clock is behind now; listed last and kept, "
                        + "as their dates cannot tell how they stand to the others");
            }
            return 0;
        }
        Restore.Outcome outcome = Restore.restore(project, Restore.find(project, backup));
        if (outcome.keptCurrent() != null) {
            out.println("Kept the current file as " + outcome.keptCurrent().file() + outcome.journalClause());
        }
        out.println("Restored " + outcome.restored().backup().file().getFileName() + " ("
                + Counted.of(outcome.restored().documents(), "document") + ", "
                + Counted.of(outcome.restored().passages(), "passage") + ") to "
                + project);
        return 0;
    }
}
