package org.parallax.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.parallax.io.CodebookTemplates;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.Codebooks;
import org.parallax.workbench.Outcome;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `codebook import|export PROJECT FILE`: JSON both ways, .qdc and CSV sheets in; export also writes an HTML handout. */
@Command(name = "codebook", description = "Import or export the codebook as JSON (docs/codebook-format.md); import "
        + "also reads a REFI-QDA .qdc or a CSV sheet such as Taguette's.",
        subcommands = {CodebookCommand.Import.class, CodebookCommand.Export.class})
final class CodebookCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say import or export");
    }

    /**
     * Merges a codebook into the project by name: JSON, a REFI-QDA .qdc, a sheet such as Taguette's, or one that comes
     * with Parallax.
     */
    @Command(name = "import", description = "Merge a codebook into the project (matched by name; what the project "
            + "has is kept): JSON, a REFI-QDA .qdc, a CSV sheet with a tag, code or name column (and optional parent, "
            + "description), such as Taguette's codebook.csv, or table1, the study's codebook that comes with Parallax.")
    static final class Import extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE.json|FILE.qdc|FILE.csv|table1",
                description = "Codebook file to merge, or table1")
        Path file;
        @CommandLine.Option(names = "--replace", description = "JSON only: the file's description, colour, rules, "
                + "coding key, place and expected scenarios replace those of the frames, codes and scenarios the "
                + "project has by name (a codebook exported, edited and imported back)")
        boolean replace;

        @Override
        int run(Workbench workbench) {
            String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
            boolean template = CodebookTemplates.names().contains(file.toString()) && !Files.exists(file);
            if (replace && (template || name.endsWith(".qdc") || name.endsWith(".csv"))) {
                throw new ParallaxException(file + ": --replace takes a JSON codebook only; a .qdc, a CSV sheet or a "
                        + "codebook that comes with Parallax is merged keeping what the project has; nothing was "
                        + "imported");
            }
            // A codebook that comes with Parallax, named as `new --codebook` names it, unless a file has that name.
            if (template) {
                out().println(workbench.codebook().importTemplate(file.toString()).summary());
            } else if (!Files.exists(file)) {
                // A misspelt template name reads as a file name: say both, so the right name is one look away.
                throw new ParallaxException(file + ": no such file, and not a codebook that comes with Parallax ("
                        + String.join(", ", CodebookTemplates.names()) + ")");
            } else if (name.endsWith(".qdc")) {
                ExchangeFiles.print(workbench.exchange().importFile(file), out(), err());
            } else if (name.endsWith(".csv")) {
                ExchangeFiles.print(Outcome.of(workbench.exchange().importCodebookCsv(file), file), out(), err());
            } else if (replace) {
                out().println(workbench.codebook().importJsonReplacing(file).summary());
            } else {
                out().println(workbench.codebook().importJson(file).summary());
            }
            return 0;
        }
    }

    /** Writes the project's codebook to a file: JSON, or a printable HTML handout for .html. */
    @Command(name = "export", description = "Write the project's codebook as JSON, or as a printable HTML "
            + "frame guide (handout) when FILE ends in .html or .htm.")
    static final class Export extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE.json|FILE.html",
                description = "File to write: JSON codebook, or HTML handout for .html/.htm")
        Path file;
        @CommandLine.Mixin PseudonymiseOption pseudonymise = new PseudonymiseOption();

        @Override
        int run(Workbench workbench) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                workbench.codebook().exportHandout(file);
                out().println("Frame guide handout written to " + file);
            } else {
                int leftOut = workbench.codebook().exportJson(file);
                out().println("Codebook written to " + file);
                Codebooks.leftOutOfJson(leftOut).ifPresent(note -> out().println("note: " + note));
            }
            return 0;
        }
    }

}
