package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.workbench.PracticeReport;
import org.parallax.workbench.PracticeReport.Passage;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `practice PROJECT --doc ID --coder STUDENT --reference REF`: a student's coding against a reference coding. */
@Command(name = "practice", description = "Compare a student's coding of one document with a reference coder's: "
        + "matched, missed and extra passages (same code, overlap at least half of the union).")
final class PracticeCommand extends ProjectCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Output formats of this command. */
    enum Format { table, json }

    @Option(names = "--doc", paramLabel = "ID", required = true, description = "Document id (as `docs` lists)")
    long document;
    @Option(names = "--coder", paramLabel = "STUDENT", required = true, description = "The student coder")
    String student;
    @Option(names = "--reference", paramLabel = "REF", required = true,
            description = "The reference coder the student is compared with")
    String reference;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE})") Format format;

    @Override
    int run(Workbench workbench) {
        PracticeReport report = workbench.practice().compare(document, student, reference);
        if (format == Format.json) {
            out().println(json(report));
        } else {
            out().println("Document " + report.document().id() + " (" + report.document().title() + "): "
                    + report.student() + " against " + report.reference() + ": " + report.matched().size()
                    + " matched, " + report.missed().size() + " missed, " + report.extra().size() + " extra");
            Listing listing = new Listing(List.of("outcome", "code", "start", "end", "text", "definition"));
            report.matched().forEach(m -> row(listing, "matched", m.student(), null));
            report.missed().forEach(p -> row(listing, "missed", p, p.definition()));
            report.extra().forEach(p -> row(listing, "extra", p, null));
            Listing.print(out(), listing, OutputFormat.table);
            Listing agreement = new Listing(List.of("code", "statistic", "value", "characters"));
            report.agreement().stream().filter(l -> l.secondCoder() != null || l.statistic().equals("alpha"))
                    .forEach(l -> agreement.row(l.code(), l.statistic(),
                            Double.isNaN(l.value()) ? null : Math.round(l.value() * 1000) / 1000.0, l.units()));
            Listing.print(out(), agreement, OutputFormat.table);
        }
        return 0;
    }

    private static void row(Listing listing, String outcome, Passage p, String definition) {
        listing.row(outcome, p.code(), p.start(), p.end(), p.text(), definition);
    }

    private static String json(PracticeReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", report.document().id());
        document.put("title", report.document().title());
        var date = report.document().meta().date();
        document.put("date", date == null ? null : date.toString());
        out.put("document", document);
        out.put("student", report.student());
        out.put("reference", report.reference());
        out.put("agreement", report.agreement().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("code", l.code());
            line.put("statistic", l.statistic());
            line.put("value", Double.isNaN(l.value()) ? null : l.value());
            line.put("units", l.units());
            return line;
        }).toList());
        out.put("counts", Map.of("matched", report.matched().size(), "missed", report.missed().size(),
                "extra", report.extra().size()));
        out.put("matched", report.matched().stream().map(m -> {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("student", m.student());
            pair.put("reference", m.reference());
            pair.put("overlap", m.overlap());
            return pair;
        }).toList());
        out.put("missed", report.missed());
        out.put("extra", report.extra());
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Practice reports must always serialise", e);
        }
    }
}
