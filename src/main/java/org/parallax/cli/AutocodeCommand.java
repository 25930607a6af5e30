package org.parallax.cli;

import org.parallax.analysis.TextUnits;
import org.parallax.model.Choices;
import org.parallax.model.Counted;
import org.parallax.workbench.AutocodePlan;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `autocode PROJECT --query Q --code C --scope hit|sentence|paragraph`. */
@Command(name = "autocode", description = "Code every hit of a search query, widened to the hit, its sentence or "
        + "its paragraph; passages already coded the same are skipped. One undoable action.")
final class AutocodeCommand extends ProjectCommand {
    @Option(names = "--query", paramLabel = "QUERY", required = true,
            description = "Search query whose hits get coded (docs/search.md)")
    String query;
    @Option(names = "--code", required = true, paramLabel = "NAME", description = "Code to apply to every hit")
    String code;
    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "sentence",
            description = "hit, sentence or paragraph (default: ${DEFAULT-VALUE})") String scope;
    @Option(names = "--coder", paramLabel = "NAME", description = "Coder name (default: the active coder)")
    String coder;
    @Option(names = "--dry-run", description = "Only show what would be coded") boolean dryRun;

    @Override
    int run(Workbench workbench) {
        if (coder != null) {
            workbench.setActiveCoder(coder);
        }
        TextUnits.Scope unit = Choices.of(TextUnits.Scope.class).parse(scope, "--scope");
        AutocodePlan plan = workbench.autoCoding().plan(query, code, unit, null);
        String summary = Counted.of(plan.passages().size(), "passage") + " in "
                + Counted.of(plan.documents(), "document") + " with '"
                + plan.codeName() + "' (" + plan.alreadyCoded() + " already coded)";
        plan.notes().forEach(note -> err().println("note: " + note));
        if (dryRun) {
            out().println("would code " + summary);
            return 0;
        }
        if (coder == null) {
            ChosenCoder.tell(err(), workbench);
        }
        workbench.autoCoding().apply(plan);
        out().println("coded " + summary + " as " + workbench.activeCoder().name());
        return 0;
    }
}
