package org.parallax.workbench;

import java.util.ArrayList;
import java.util.List;
import org.parallax.io.PrintableText;
import org.parallax.io.ReportDocument;
import org.parallax.model.Counted;

/**
 * A report's first page as the Report window previews it: its blocks (kind = the style, and text) in the
 * order both formats write them, with the number of passages or memos in the whole report.
 */
public record ReportPreview(List<Line> lines, int entries, String unit) {
    /** One block of the page. */
    public record Line(Kind kind, String text) {
        /** Printed as the saved report prints it: the window shows what Save writes. */
        public Line {
            text = PrintableText.of(text);
        }
    }

    /** How a block looks, as Word's styles of the report. */
    public enum Kind { TITLE, TEXT, HEADING, SUBHEADING, QUOTE, CITATION }

    /** The first {@code max} blocks of the report. */
    static ReportPreview of(ReportDocument report, int max) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Kind.TITLE, report.title()));
        report.selection().forEach(s -> lines.add(new Line(Kind.TEXT, s)));
        if (!report.definitions().isEmpty()) {
            lines.add(new Line(Kind.HEADING, "Code definitions"));
            for (ReportDocument.Definition d : report.definitions()) {
                lines.add(new Line(Kind.TEXT, d.code() + (d.definition() == null ? "" : ": " + d.definition())));
            }
        }
        for (ReportDocument.Section section : report.sections()) {
            add(lines, section, Kind.HEADING, report.unit());
        }
        return new ReportPreview(List.copyOf(lines.subList(0, Math.min(max, lines.size()))), report.entryCount(),
                report.unit());
    }

    private static void add(List<Line> lines, ReportDocument.Section section, Kind kind, String unit) {
        lines.add(new Line(kind, section.heading() + " (" + Counted.of(section.entryCount(), unit) + ")"));
        for (ReportDocument.Entry e : section.entries()) {
            if (e.label() != null) {
                lines.add(new Line(Kind.TEXT, e.label()));
            }
            if (e.body() != null) {
                lines.add(new Line(Kind.TEXT, e.body()));
            }
            if (e.quote() != null) {
                lines.add(new Line(Kind.QUOTE, e.quote()));
            }
            if (e.citation() != null) {
                lines.add(new Line(Kind.CITATION, e.citation()));
            }
            if (e.note() != null) {
                lines.add(new Line(Kind.CITATION, e.note()));
            }
        }
        section.subsections().forEach(s -> add(lines, s, Kind.SUBHEADING, unit));
    }
}
