package org.parallax.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.parallax.io.MetadataCsv;
import org.parallax.model.Counted;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.Exchange;
import org.parallax.workbench.ImportReport;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.IndexProgress;
import org.parallax.workbench.Outcome;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `import PROJECT FILE... [metadata flags] [--metadata META.csv]`. */
@Command(name = "import", description = "Import documents (.txt, .md, .docx, .odt, .rtf, .pdf, .html; a folder "
        + "brings in those in it and its subfolders) or REFI-QDA files (.qdpx project, .qdc codebook), or Taguette's highlights sheet (.csv or .xlsx, after its documents). "
        + "Failed files are listed and leave no trace; the others are imported.")
final class ImportCommand extends ProjectCommand {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
            description = "Files to import: .txt, .md, .docx, .odt, .rtf, .pdf, .html, or a folder of them, "
                    + "REFI-QDA .qdpx/.qdc, or Taguette's highlights .csv or .xlsx")
    List<Path> files;

    @Option(names = "--title", paramLabel = "TITLE",
            description = "Title for the imported documents (default: from the file)")
    String title;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of the documents")
    LocalDate date;
    @Option(names = "--type", paramLabel = "TYPE",
            description = "treaty, declaration, speech, minutes, interview or other") String type;
    @Option(names = "--actor", paramLabel = "ACTOR",
            description = "NATO, Russia, USA, EU, UN, other, or free text") String actor;
    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language code, e.g. en or ru (detected when omitted)") String language;
    @Option(names = "--scenario", paramLabel = "SCENARIO",
            description = "A scenario of the project's codebook") String scenario;
    @Option(names = "--metadata", paramLabel = "META.csv",
            description = "CSV with columns file,title,date,type,actor,language,scenario (+ attributes)")
    Path metadata;

    @Override
    int run(Workbench workbench) {
        int status = 0;
        List<Path> exchange = files.stream().filter(Exchange::isExchangeFile).toList();
        for (Path file : exchange) {
            status |= printedOrFailed(() -> workbench.exchange().importFile(file));
        }
        // Taguette's highlights find their documents by name and text, so they come after the documents.
        List<Path> highlights = files.stream().filter(Exchange::isTaguetteHighlights).toList();
        List<Path> documents = files.stream().filter(f -> !Exchange.isExchangeFile(f) && !highlights.contains(f))
                .toList();
        status |= documents.isEmpty() ? 0 : importDocuments(workbench, documents);
        for (Path file : highlights) {
            status |= printedOrFailed(() -> Outcome.of(workbench.exchange().importTaguetteHighlights(file), file));
        }
        return status;
    }

    /**
     * Prints what one exchange file's import did; one refused (its message names it) is a failure line as a document's
     * is, and the other files of the command still come in. A refusal of the project's own (damaged, read-only, its
     * disk full, its server lost) would refuse every file after it the same way, one "failed:" line each: it ends the
     * command in its one line.
     */
    private int printedOrFailed(Supplier<Outcome> importing) {
        try {
            ExchangeFiles.print(importing.get(), out(), err());
            return 0;
        } catch (ParallaxException e) {
            if (Exchange.refusedByTheProject(e)) {
                throw e;
            }
            err().println("failed: " + e.getMessage());
            err().flush();
            return 1;
        }
    }

    private int importDocuments(Workbench workbench, List<Path> documents) {
        DocumentMeta shared = new DocumentMeta(title, date, type == null ? null : DocumentType.parse(type), actor,
                language, scenario, null);
        Map<String, DocumentMeta> perFile = metadata == null ? Map.of() : MetadataCsv.read(metadata);
        ImportReport report = workbench.documents().importFiles(new ImportRequest(documents, shared, perFile),
                TaskProgress.NONE);
        report.imported().forEach(d -> out().println("imported " + d.id() + "\t" + d.title()));
        // The index catches up in the background; a command waits for it, so the next search need not.
        workbench.search().awaitIndex();
        IndexProgress indexing = workbench.search().indexProgress();
        report.warnings().forEach(line -> err().println("warning: " + line));
        if (indexing.problem() != null) {
            err().println("warning: search index: " + indexing.problem() + "; the documents are saved and the index "
                    + "catches up before the next search");
        }
        report.duplicates().forEach(line -> err().println("skipped: " + line));
        List<String> given = detailsGiven();
        if (!report.duplicates().isEmpty() && !given.isEmpty()) {
            // a re-import is how one would think to give a document the scenario it was imported without
            int skipped = report.duplicates().size();
            err().println("note: " + String.join(", ", given) + " given were not applied to the " + skipped
                    + (skipped == 1 ? " document skipped, which keeps its details" : " documents skipped, which keep "
                    + "their details") + "; change a document's details with parallax document " + project
                    + " DOC --title … --scenario … or in the window's Details tab");
        }
        report.failures().forEach(line -> err().println("failed: " + line));
        out().println(report.imported().size() + " imported, " + Counted.of(report.duplicates().size(), "duplicate")
                + ", "
                + report.failedFiles() + " failed");
        return report.failures().isEmpty() ? 0 : 1;
    }

    /** The options naming the documents' details, as typed, of those given. */
    private List<String> detailsGiven() {
        List<String> given = new java.util.ArrayList<>();
        Object[][] options = {{"--title", title}, {"--date", date}, {"--type", type}, {"--actor", actor},
            {"--lang", language}, {"--scenario", scenario}, {"--metadata", metadata}};
        for (Object[] option : options) {
            if (option[1] != null) {
                given.add((String) option[0]);
            }
        }
        return given;
    }
}
