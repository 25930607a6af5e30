package org.parallax.cli;

import java.util.List;
import org.parallax.model.Counted;
import org.parallax.workbench.Backups;
import org.parallax.workbench.CheckFinding;
import org.parallax.workbench.ProjectCheck;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `check PROJECT`: the full check; exit code 1 when it finds anything. */
@Command(name = "check", description = "Check the project without changing it: SQLite's integrity check, each "
        + "document's text against its content hash, each memo and row against its checksum, each value's storage "
        + "class, passage offsets, the packed copies of passages, the search index. Exit code 1 on findings.")
final class CheckCommand extends ProjectCommand {
    @Option(names = "--mend", description = "Mend in place what needs no backup: drop each packed copy of a "
            + "document's passages that disagrees with the passages (they stay as they are). Opens the project for "
            + "writing; without it the check changes nothing.")
    boolean mend;

    /** Read-only unless mending, so the check runs beside a window holding the project and on a file it may not write. */
    @Override
    Workbench open(String location) {
        return mend ? super.open(location) : Workbench.openReadOnly(location, passwordPrompt(location));
    }

    @Override
    int run(Workbench workbench) {
        if (mend) {
            int dropped = workbench.check().mendPassagePacks();
            out().println("dropped " + Counted.of(dropped, "packed copy", "packed copies") + " of passages that "
                    + "disagreed with them");
        }
        List<CheckFinding> findings = workbench.check().full();
        for (CheckFinding finding : findings) {
            out().println(finding);
        }
        boolean team = Workbench.isTeamProject(project);
        String name = team ? project : workbench.file().getFileName().toString();
        if (findings.isEmpty()) {
            out().println(name + ": no problems found ("
                    + Counted.of(workbench.documents().list().size(), "document") + ", "
                    + Counted.of(workbench.passageCount(), "passage") + ")");
        } else {
            out().println(name + ": " + Counted.of(findings.size(), "problem")
                    + " found; " + whatToDo(findings, team, workbench));
        }
        return findings.isEmpty() ? 0 : 1;
    }

    private String whatToDo(List<CheckFinding> findings, boolean team, Workbench workbench) {
        if (ProjectCheck.onlyTheSearchIndex(findings)) {
            return "the project itself is sound and the next search rebuilds the index from it: nothing to restore";
        }
        if (ProjectCheck.mendableInPlace(findings)) {
            return "nothing to restore: each line above says how to mend it";
        }
        if (!team) {
            java.util.Optional<String> misfit = workbench.check().misfitLog(findings);
            if (misfit.isPresent()) {
                return misfit.get();
            }
        }
        if (team) {
            return "the team project's lead can restore the server's backup (docs/team.md)";
        }
        // The backup to take, as the warning and the window name it, not only where to look for one.
        String restore = "restore a backup with: parallax restore " + workbench.file();
        return Backups.newestSound(workbench.file()).map(found -> restore + " "
                + found.backup().file().getFileName() + " (the newest sound one: "
                + RestoreCommand.WHEN.format(found.backup().taken()) + ", " + found.backup().reason() + ", "
                + Counted.of(found.documents(), "document") + ", " + Counted.of(found.passages(), "passage") + ")")
                .orElse(restore);
    }
}
