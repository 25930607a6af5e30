package org.parallax.workbench;

import java.util.List;
import java.util.Map;
import org.parallax.model.Counted;

/**
 * What a REFI-QDA import did: documents added and matched (same text already in the project), codes
 * created and matched by name, passages added and skipped as already coded, process tracing's hypothesis sets,
 * evidence items and events added (docs/refi-qda.md), the position convention
 * found for each source, and every problem or item left out, for the user to read; {@code sourcesLeftOut}: how many
 * of the file's sources were not imported (each with its problem).
 */
public record ExchangeReport(List<String> documentsAdded, List<String> documentsMatched, int codesCreated,
                             int codesMatched, int segmentsAdded, int segmentsAlreadyPresent,
                             int hypothesisSetsAdded, int evidenceAdded, int eventsAdded,
                             Map<String, String> conventions,
                             List<String> problems, int sourcesLeftOut) {
    public ExchangeReport {
        documentsAdded = List.copyOf(documentsAdded);
        documentsMatched = List.copyOf(documentsMatched);
        conventions = Map.copyOf(conventions);
        // Names and ids quoted from the file may hold line breaks (&#10;); each problem must stay one line.
        problems = problems.stream().map(p -> p.replaceAll("[\\r\\n]+", " ")).toList();
    }

    public ExchangeReport(List<String> documentsAdded, List<String> documentsMatched, int codesCreated,
                          int codesMatched, int segmentsAdded, int segmentsAlreadyPresent, int hypothesisSetsAdded,
                          int evidenceAdded, int eventsAdded, Map<String, String> conventions, List<String> problems) {
        this(documentsAdded, documentsMatched, codesCreated, codesMatched, segmentsAdded, segmentsAlreadyPresent,
                hypothesisSetsAdded, evidenceAdded, eventsAdded, conventions, problems, 0);
    }

    /** What the CLI prints and the window shows: the counts, then how positions were read. */
    public List<String> summary(String fileName) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(fileName + ": " + Counted.of(documentsAdded.size(), "document") + " added, " + Counted.grouped(documentsMatched.size())
                + " matched, " + Counted.of(codesCreated, "code") + " created, " + Counted.grouped(codesMatched) + " matched, "
                + Counted.of(segmentsAdded, "passage") + " added, " + Counted.grouped(segmentsAlreadyPresent) + " already present");
        if (sourcesLeftOut > 0) {
            // The codebook comes in whatever became of the sources: "1 code created" beside "0 documents added" read
            // as if the file had held nothing more.
            lines.add(fileName + ": " + Counted.of(sourcesLeftOut, "source") + " of the file not imported (the notes "
                    + "say why), nor the passages coded in " + (sourcesLeftOut == 1 ? "it" : "them"));
        }
        if (hypothesisSetsAdded > 0 || evidenceAdded > 0) {
            lines.add("process tracing: " + Counted.grouped(hypothesisSetsAdded) + " hypothesis sets and "
                    + Counted.grouped(evidenceAdded) + " evidence items added");
        }
        if (eventsAdded > 0) {
            lines.add("events: " + Counted.of(eventsAdded, "event") + " added (the periods start at them)");
        }
        long standard = conventions.values().stream().filter(c -> c.contains("the standard")).count();
        if (standard > 0) {
            lines.add("positions: Unicode code points (the standard) in " + standard + " sources");
        }
        conventions.forEach((source, convention) -> {
            if (!convention.contains("the standard")) {
                lines.add("positions in " + source + ": " + convention);
            }
        });
        return lines;
    }

    /**
     * One line per item left out, adjusted or not understood. Each problem says itself what became of the item
     * ("not imported", "imported as …", "kept as an attribute"), so the prefix claims nothing about it.
     */
    public List<String> problemLines() {
        return problems.stream().map(p -> "note: " + p).toList();
    }
}
