package org.parallax.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.parallax.model.Counted;

/**
 * Writes a {@link ReportDocument} as one self-contained, printable HTML page: styles inline, no scripts,
 * no outside resources, a linked table of contents, every text escaped and line breaks of quotes kept.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font-family:Georgia,'DejaVu Serif',serif;max-width:46em;margin:2em auto;line-height:1.45;color:#222}
            h1{font-size:1.7em}h2{margin-top:2em;border-bottom:1px solid #999}h3{margin-top:1.4em}
            nav ol{padding-left:1.2em}.selection{color:#555}.count{color:#666;font-weight:normal}
            dt{font-weight:bold;margin-top:.5em}dd{margin-left:1em}
            .entry{margin:1em 0;break-inside:avoid}.label{font-weight:bold;margin-bottom:.2em}
            blockquote{margin:.3em 0 .2em 1.5em;padding-left:.8em;border-left:3px solid #bbb;white-space:pre-wrap}
            .citation{margin:0 0 0 2.3em;color:#555;font-size:.9em}.memo{margin:.2em 0 0 2.3em;font-style:italic}
            .body{white-space:pre-wrap}ul.points{margin:.3em 0 .3em 1em}
            table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}h3{break-after:avoid}}
            """;

    private final String unit;
    private final Writer out;

    private HtmlReport(String unit, Writer out) {
        this.unit = unit;
        this.out = out;
    }

    /** Writes the report to {@code file}, replacing it only once the new content is complete. */
    public static void write(ReportDocument report, Path file) {
        try {
            AtomicFiles.writeText(file, out -> write(report, out));
        } catch (IOException e) {
            throw WriteFailures.of("the report", file, e);
        }
    }

    /** Writes the page to {@code out}, entry by entry. */
    public static void write(ReportDocument report, Writer out) throws IOException {
        new HtmlReport(report.unit(), out).page(report);
    }

    private void page(ReportDocument report) throws IOException {
        out.write("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(report.title())
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + escape(report.title()) + "</h1>\n");
        for (String line : report.selection()) {
            out.write("<p class=\"selection\">" + escape(line) + "</p>\n");
        }
        contents(report);
        if (!report.definitions().isEmpty()) {
            out.write("<h2 id=\"definitions\">Code definitions</h2>\n<dl>\n");
            for (ReportDocument.Definition d : report.definitions()) {
                definition(d);
            }
            out.write("</dl>\n");
        }
        int index = 0;
        for (ReportDocument.Section section : report.sections()) {
            section(section, "s" + ++index, 2);
        }
        out.write("</body>\n</html>\n");
    }

    private void contents(ReportDocument report) throws IOException {
        out.write("<nav>\n<h2>Contents</h2>\n<ol>\n");
        if (!report.definitions().isEmpty()) {
            out.write("<li><a href=\"#definitions\">Code definitions</a></li>\n");
        }
        int index = 0;
        for (ReportDocument.Section section : report.sections()) {
            String id = "s" + ++index;
            out.write("<li><a href=\"#" + id + "\">" + escape(section.heading()) + "</a>" + count(section));
            if (!section.subsections().isEmpty()) {
                out.write("\n<ol>\n");
                int sub = 0;
                for (ReportDocument.Section s : section.subsections()) {
                    out.write("<li><a href=\"#" + id + "-" + ++sub + "\">" + escape(s.heading()) + "</a>"
                            + count(s) + "</li>\n");
                }
                out.write("</ol>\n");
            }
            out.write("</li>\n");
        }
        out.write("</ol>\n</nav>\n");
    }

    private void definition(ReportDocument.Definition d) throws IOException {
        out.write("<dt>" + escape(d.code()) + (d.frame() == null ? "" : " <span class=\"count\">(" + escape(d.frame())
                + ")</span>") + "</dt>\n");
        out.write("<dd>" + (d.definition() == null ? "<em>No definition written.</em>" : escape(d.definition())));
        if (d.inclusion() != null) {
            out.write("<br><strong>Use when:</strong> " + escape(d.inclusion()));
        }
        if (d.exclusion() != null) {
            out.write("<br><strong>Do not use when:</strong> " + escape(d.exclusion()));
        }
        out.write("</dd>\n");
    }

    private void section(ReportDocument.Section section, String id, int level) throws IOException {
        out.write("<h" + level + " id=\"" + id + "\">" + escape(section.heading()) + count(section)
                + "</h" + level + ">\n");
        if (section.table() != null) {
            table(section.table());
        }
        for (ReportDocument.Entry entry : section.entries()) {
            entry(entry);
        }
        int sub = 0;
        for (ReportDocument.Section s : section.subsections()) {
            section(s, id + "-" + ++sub, Math.min(level + 1, 6));
        }
    }

    private void entry(ReportDocument.Entry entry) throws IOException {
        out.write("<div class=\"entry\">\n");
        if (entry.label() != null) {
            out.write("<p class=\"label\">" + escape(entry.label()) + "</p>\n");
        }
        if (entry.body() != null) {
            out.write("<p class=\"body\">" + escape(entry.body()) + "</p>\n");
        }
        if (entry.quote() != null) {
            out.write("<blockquote>" + escape(entry.quote()) + "</blockquote>\n");
        }
        if (entry.citation() != null) {
            out.write("<p class=\"citation\">" + escape(entry.citation()) + "</p>\n");
        }
        if (entry.note() != null) {
            out.write("<p class=\"memo\">" + escape(entry.note()) + "</p>\n");
        }
        if (!entry.points().isEmpty()) {
            out.write("<ul class=\"points\">\n");
            for (String point : entry.points()) {
                out.write("<li>" + escape(point) + "</li>\n");
            }
            out.write("</ul>\n");
        }
        out.write("</div>\n");
    }

    private void table(ReportDocument.Table table) throws IOException {
        out.write("<table>\n<tr>");
        for (String cell : table.header()) {
            out.write("<th>" + escape(cell) + "</th>");
        }
        out.write("</tr>\n");
        for (java.util.List<String> row : table.rows()) {
            out.write("<tr>");
            for (String cell : row) {
                out.write("<td>" + escape(cell) + "</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</table>\n");
    }

    /** " (12 passages)" after a counted heading, nothing after another. */
    private String count(ReportDocument.Section section) {
        return section.counted() ? " <span class=\"count\">(" + Counted.of(section.entryCount(), unit)
                + ")</span>" : "";
    }

    private static String escape(String text) {
        return HandoutHtml.escape(text);
    }
}
