package org.parallax.cli;

import java.util.List;
import org.parallax.workbench.CheckFinding;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;

/** `check PROJECT`: the full check; exit code 1 when it finds anything. */
@Command(name = "check", description = "Check the project without changing it: SQLite's integrity check, each "
        + "document's text against its content hash, passage offsets, the search index. Exit code 1 on findings.")
final class CheckCommand extends ProjectCommand {
    @Override
    Workbench open(String location) {
        return Workbench.openReadOnly(location, passwordPrompt(location));
    }

    @Override
    int run(Workbench workbench) {
        List<CheckFinding> findings = workbench.check().full();
        for (CheckFinding finding : findings) {
            out().println(finding);
        }
        int documents = workbench.documents().list().size();
        boolean team = Workbench.isTeamProject(project);
        String name = team ? project : workbench.file().getFileName().toString();
        out().println(findings.isEmpty()
                ? name + ": no problems found (" + documents + " documents, " + workbench.passageCount() + " passages)"
                : name + ": " + findings.size() + (findings.size() == 1 ? " problem" : " problems") + " found; "
                        + (team ? "the team project's lead can restore the server's backup (docs/team.md)"
                                : "restore a backup with: parallax restore " + workbench.file()));
        return findings.isEmpty() ? 0 : 1;
    }
}
