package org.parallax.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.parallax.io.ReportDocument;
import org.parallax.workbench.ReportGrouping;
import org.parallax.workbench.ReportSelection;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `report PROJECT OUT.docx|OUT.html [--by …] [selection]`: the coded passages quoted in full, as Word or HTML. */
@Command(name = "report", description = "Write a coded-text report (code definitions, then every selected passage "
        + "quoted with its citation, coder and memo) as Word (.docx) or printable HTML (.html); docs/reports.md.")
final class ReportCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "OUT.docx|OUT.html", description = "The report file; its extension "
            + "chooses the format") Path out;
    @Option(names = "--by", defaultValue = "code", description = "Group by code (frame, then code), scenario "
            + "(scenario, then code) or document") String by;
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

    @Override
    int run(Workbench workbench) {
        ReportGrouping grouping = ReportGrouping.CHOICES.parse(by, "--by");
        ReportSelection selection = new ReportSelection(frames, codes, scenarios, documents, coders, from, to);
        ReportDocument report = workbench.reports().writeCodedText(selection, grouping, out);
        out().println("Report of " + report.entryCount() + " passage" + (report.entryCount() == 1 ? "" : "s")
                + " written to " + out);
        return 0;
    }
}
