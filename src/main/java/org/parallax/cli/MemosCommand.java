package org.parallax.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.parallax.io.MemoExporter;
import org.parallax.io.TableSheet;
import org.parallax.model.MemoRow;
import org.parallax.model.MemoKind;
import org.parallax.workbench.MemoFilter;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `memos PROJECT [--kind K] [--coder C] [--doc ID] [--query Q] [--format table|csv|json|xlsx]`. */
@Command(name = "memos", description = "List memos: the project's, documents', codes' and passages'.")
final class MemosCommand extends ProjectCommand {
    @Option(names = "--kind", paramLabel = "K", description = "project, document, code or passage")
    String kind;
    @Option(names = "--coder", paramLabel = "NAME", description = "Only memos by this author") String coder;
    @Option(names = "--doc", paramLabel = "ID", description = "Only the document's memo and its passages' memos")
    Long document;
    @Option(names = "--query", paramLabel = "Q", description = "Search inside the memos (docs/search.md)")
    String query;
    @CommandLine.Mixin ListingOutput output = new ListingOutput();

    @Override
    int run(Workbench workbench) {
        if (document != null) {
            workbench.documents().require(document);
        }
        List<MemoRow> rows = workbench.memos().asWritten(workbench.memos().rows(new MemoFilter(
                kind == null ? null : MemoKind.parse(kind), coder, document, query)), output.written());
        // The rows are pseudonymised already, so the plain layout is printed either way.
        output.printOwn(out(), workbench, new TableSheet("Memos", MemoExporter.HEADER,
                rows.stream().map(MemoExporter::cells).toList(), MemoExporter.QUOTED), () -> print(rows));
        out().flush();
        return 0;
    }

    private void print(List<MemoRow> rows) {
        try {
            switch (output.format) {
                case csv -> new MemoExporter(output.formulaGuard.on()).csv(rows, out());
                case json -> MemoExporter.json(rows, out());
                case table -> out().print(table(rows).render(OutputFormat.table));
                case xlsx -> { }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Listing table(List<MemoRow> rows) {
        Listing listing = new Listing(List.of("id", "kind", "about", "author", "last edited by", "modified",
                "text"));
        rows.forEach(r -> listing.row(r.memoId(), r.kind(), r.about(), r.author(), r.lastEditedBy(), r.modified(),
                r.text()));
        return listing;
    }
}
