package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.AnchorExample;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.CodebookDefinition.ScenarioDefinition;

/** Writes a codebook's frame guide as a printable, self-contained HTML handout for students. */
public final class HandoutHtml {
    private static final String STYLE = """
            body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.45;color:#222}
            h1{font-size:1.6em}h2{border-bottom:3px solid var(--frame);padding-bottom:.2em;margin-top:2em}
            section.code{border-left:4px solid var(--code);padding-left:1em;margin:1.2em 0;break-inside:avoid}
            dt{font-weight:bold;margin-top:.4em}dd{margin-left:1em}
            blockquote{margin:.4em 0 .4em 1em;font-style:italic}cite{font-style:normal;color:#555}
            @media print{body{margin:0;max-width:none}}
            """;

    private HandoutHtml() {
    }

    /** Writes the handout to {@code file}, replacing it only once the new content is complete. */
    public static void write(CodebookDefinition definition, Path file) {
        try {
            AtomicFiles.writeString(file, toHtml(definition));
        } catch (IOException e) {
            throw WriteFailures.of("the handout", file, e);
        }
    }

    /** The handout as one HTML page; every text from the codebook is escaped. */
    public static String toHtml(CodebookDefinition definition) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n");
        html.append("<meta charset=\"utf-8\">\n");
        html.append("<title>").append(escape(definition.name())).append(" – frame guide</title>\n");
        html.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(definition.name())).append("</h1>\n");
        scenarios(html, definition.scenarios());
        for (FrameDefinition frame : definition.frames()) {
            html.append("<h2 style=\"--frame:").append(color(frame.color())).append("\">Frame: ")
                    .append(escape(frame.name())).append("</h2>\n");
            paragraph(html, frame.description());
            for (CodeDefinition code : frame.codes()) {
                code(html, code, 3);
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void scenarios(StringBuilder html, List<ScenarioDefinition> scenarios) {
        if (scenarios.isEmpty()) {
            return;
        }
        html.append("<h2 style=\"--frame:#888888\">Scenarios</h2>\n<dl>\n");
        for (ScenarioDefinition s : scenarios) {
            html.append("<dt>").append(escape(s.name())).append("</dt>\n");
            if (s.description() != null) {
                html.append("<dd>").append(escape(s.description())).append("</dd>\n");
            }
        }
        html.append("</dl>\n");
    }

    private static void code(StringBuilder html, CodeDefinition code, int level) {
        int heading = Math.min(level, 6);
        html.append("<section class=\"code\" style=\"--code:").append(color(code.color())).append("\">\n")
                .append("<h").append(heading).append(">").append(escape(code.name())).append("</h").append(heading)
                .append(">\n<dl>\n");
        entry(html, "Definition", code.definition());
        entry(html, "Use when", code.inclusion());
        entry(html, "Do not use when", code.exclusion());
        if (!code.expectedScenarios().isEmpty()) {
            entry(html, "Expected in", String.join("; ", code.expectedScenarios()));
        }
        html.append("</dl>\n");
        if (!code.anchors().isEmpty()) {
            html.append("<p><strong>Anchor examples</strong></p>\n");
            for (AnchorExample anchor : code.anchors()) {
                anchor(html, anchor);
            }
        }
        for (CodeDefinition child : code.children()) {
            code(html, child, level + 1);
        }
        html.append("</section>\n");
    }

    private static void anchor(StringBuilder html, AnchorExample anchor) {
        html.append("<blockquote class=\"anchor\">").append(escape(anchor.quote())).append("<br><cite>— ")
                .append(escape(anchor.document() == null ? "unknown document" : anchor.document()));
        if (anchor.date() != null) {
            html.append(", ").append(anchor.date());
        }
        html.append("</cite></blockquote>\n");
    }

    private static void entry(StringBuilder html, String label, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<dt>").append(label).append("</dt><dd>").append(escape(text)).append("</dd>\n");
        }
    }

    private static void paragraph(StringBuilder html, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<p>").append(escape(text)).append("</p>\n");
        }
    }

    /** Colours were checked as #rrggbb on the way in, but a definition built in code may hold anything. */
    private static String color(String color) {
        return color != null && color.matches("#[0-9a-fA-F]{6}") ? color : "#888888";
    }

    /** {@code text} escaped for HTML as a report prints it ({@link PrintableText}). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : PrintableText.of(text).toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
