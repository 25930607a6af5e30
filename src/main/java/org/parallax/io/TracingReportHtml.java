package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parallax.model.Evidence;
import org.parallax.model.EvidencePassage;
import org.parallax.model.ParallaxException;

/** The transparency report as one self-contained, printable HTML page; every text is escaped. */
final class TracingReportHtml {
    private static final String STYLE = """
            body{font-family:Georgia,serif;max-width:50em;margin:2em auto;line-height:1.45;color:#222}
            section.evidence{border-left:4px solid #888;padding-left:1em;margin:1.4em 0;break-inside:avoid}
            blockquote{margin:.4em 0 .4em 1em;font-style:italic}cite{font-style:normal;color:#555}
            table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left}
            @media print{body{margin:0;max-width:none}}
            """;

    private TracingReportHtml() {
    }

    static void write(TracingReport report, Path file) {
        try {
            AtomicFiles.writeString(file, toHtml(report));
        } catch (IOException e) {
            throw new ParallaxException("Cannot write report " + file + ": " + e.getMessage(), e);
        }
    }

    static String toHtml(TracingReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.append("<title>").append(esc(report.title())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(report.title())).append("</h1>\n");
        if (report.set().description() != null) {
            html.append("<p>").append(esc(report.set().description())).append("</p>\n");
        }
        html.append("<h2>Hypotheses</h2>\n<ul>\n");
        report.hypothesisLines().forEach(l -> html.append("<li>").append(esc(l)).append("</li>\n"));
        html.append("</ul>\n<h2>Evidence</h2>\n");
        for (Evidence e : report.evidence()) {
            html.append("<section class=\"evidence\" id=\"evidence-").append(e.id()).append("\">\n<h3>")
                    .append(esc(report.heading(e))).append("</h3>\n");
            for (EvidencePassage p : e.passages()) {
                html.append("<blockquote>").append(esc(p.quote())).append("</blockquote>\n<p><cite>")
                        .append(esc(TracingReport.citation(p))).append("</cite></p>\n");
            }
            if (e.note() != null) {
                html.append("<p><strong>Analyst's note:</strong> ").append(esc(e.note())).append("</p>\n");
            }
            html.append("<ul>\n");
            report.likelihoodLines(e).forEach(l -> html.append("<li>").append(esc(l)).append("</li>\n"));
            html.append("</ul>\n</section>\n");
        }
        html.append("<h2>Ledger</h2>\n<table>\n<tr>");
        report.ledgerHeader().forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : report.ledgerRows()) {
            html.append("<tr>");
            row.forEach(c -> html.append("<td>").append(esc(c)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n<p>").append(esc(report.method())).append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String esc(String text) {
        return HandoutHtml.escape(text);
    }
}
