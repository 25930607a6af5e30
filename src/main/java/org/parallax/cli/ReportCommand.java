package org.parallax.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.parallax.model.AttributeMatch;
import org.parallax.model.Counted;
import org.parallax.workbench.ReportGrouping;
import org.parallax.workbench.ReportSelection;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `report PROJECT OUT.docx|OUT.html [--by …] [selection]`: the coded passages quoted in full, as Word or HTML;
 * with `--memos` every memo instead.
 */
@Command(name = "report", description = "Write a coded-text report (code definitions, then every selected passage "
        + "quoted with its citation, coder and memo) as Word (.docx) or printable HTML (.html); docs/reports.md.")
final class ReportCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "OUT.docx|OUT.html", description = "The report file; its extension "
            + "chooses the format") Path out;
    @Option(names = "--by", paramLabel = "BY",
            description = "Group by code (frame, then code; the default), scenario (scenario, then "
            + "code) or document; with --memos by kind (the default) or document") String by;
    @Option(names = "--memos", description = "A memo report instead: every memo (journal, documents, codes, "
            + "passages with the passage quoted)") boolean memos;
    @Option(names = "--frame", paramLabel = "FRAME", description = "Only codes of this frame (repeatable)")
    List<String> frames;
    @Option(names = "--code", paramLabel = "CODE", description = "Only passages of this code (repeatable)")
    List<String> codes;
    @Option(names = "--scenario", paramLabel = "SCENARIO", description = "Only passages counted in this scenario "
            + "(repeatable)") List<String> scenarios;
    @Option(names = "--doc", split = ",", paramLabel = "ID", description = "Only these documents (ids as `docs` lists)")
    List<Long> documents;
    @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's passages (repeatable)")
    List<String> coders;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only documents dated on or after")
    LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only documents dated on or before")
    LocalDate to;
    @Option(names = "--attr", paramLabel = "NAME=VALUE", description = "Only documents with this attribute value: "
            + "type, actor, language or any own attribute (repeatable; one of the values of a name, all names)")
    List<String> attributes;
    @Option(names = "--pseudonymise", description = "Replace values of sensitive attributes (and their occurrences "
            + "in quotes, memos, titles and headings) with stable pseudonyms P01, P02, ...") boolean pseudonymise;

    @Override
    int run(Workbench workbench) {
        if (memos) {
            if (frames != null || codes != null || scenarios != null || documents != null || coders != null
                    || from != null || to != null || attributes != null) {
                throw new IllegalArgumentException("--memos reports every memo; the selection options are for "
                        + "the coded-text report");
            }
            int memos = workbench.reports().writeMemos(by == null ? "kind" : by, out, pseudonymise);
            out().println("Report of " + Counted.of(memos, "memo") + " written to " + out);
            return 0;
        }
        ReportGrouping grouping = ReportGrouping.CHOICES.parse(by == null ? "code" : by, "--by");
        ReportSelection selection = new ReportSelection(frames, codes, scenarios, documents, coders, from, to,
                attributes == null ? null : attributes.stream().map(AttributeMatch::parse).toList());
        int passages = workbench.reports().writeCodedText(selection, grouping, out, pseudonymise);
        out().println("Report of " + Counted.of(passages, "passage") + " written to " + out);
        return 0;
    }
}
