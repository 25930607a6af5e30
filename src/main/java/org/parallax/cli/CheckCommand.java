package org.parallax.cli;

import java.util.List;
import org.parallax.model.Counted;
import org.parallax.workbench.CheckFinding;
import org.parallax.workbench.ProjectCheck;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;

/** `check PROJECT`: the full check; exit code 1 when it finds anything. */
@Command(name = "check", description = "Check the project without changing it: SQLite's integrity check, each "
        + "document's text against its content hash, each memo and row against its checksum, each value's storage "
        + "class, passage offsets, the search index. Exit code 1 on findings.")
final class CheckCommand extends ReadOnlyCommand {
    @Override
    int run(Workbench workbench) {
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
        return team ? "the team project's lead can restore the server's backup (docs/team.md)"
                : "restore a backup with: parallax restore " + workbench.file();
    }
}
