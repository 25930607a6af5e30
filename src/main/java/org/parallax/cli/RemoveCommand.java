package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Counted;
import org.parallax.model.Document;
import org.parallax.workbench.DocumentRemoval;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `remove PROJECT DOC... [--dry-run]`: documents out of the project, with their passages and memos. */
@Command(name = "remove", description = "Remove documents from the project with their coded passages (every "
        + "coder's) and memos, in one transaction, after a backup of the project (restore brings it back).")
final class RemoveCommand extends ProjectCommand {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOC",
            description = "A document's id or its title (as `docs` lists; case does not matter)")
    List<String> documents;

    @Option(names = "--dry-run", description = "List what would be removed; change nothing")
    boolean dryRun;

    @Override
    int run(Workbench workbench) {
        List<Document> all = workbench.documents().list();
        List<Long> ids = new ArrayList<>();
        for (String named : documents) {
            ids.add(DocumentArgument.find(workbench, project, all, named, "remove").id());
        }
        DocumentRemoval removal = dryRun ? workbench.documents().preview(ids) : workbench.documents().delete(ids);
        for (Document d : removal.documents()) {
            out().println(d.id() + "\t" + d.title());
        }
        String what = Counted.of(removal.documents().size(), "document") + " with "
                + Counted.of(removal.passages(), "coded passage") + " and their memos";
        if (dryRun) {
            out().println("would remove " + what + " (--dry-run: nothing was changed)");
            return 0;
        }
        out().println("removed " + what);
        out().println(removal.backup().map(b -> "backup before the removal: " + b.file() + " (parallax restore "
                + project + " lists it)").orElse(Workbench.isTeamProject(project)
                        ? "no backup here: a team project is backed up on its server" : "no backup taken"));
        return 0;
    }
}
