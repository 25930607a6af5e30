package org.parallax.workbench;

import java.nio.file.Path;
import java.util.Locale;
import org.parallax.model.ParallaxException;

/**
 * What {@code export tracing} writes, chosen once from the file name: the transparency report (HTML, DOCX), the
 * ledger (CSV, JSON) or the causal chain (SVG). The export returns it, so whoever asked says what was written.
 */
public enum TracingOutput {
    REPORT_HTML("Process tracing report", "HTML"),
    REPORT_DOCX("Process tracing report", "Word"),
    LEDGER_CSV("Ledger", "CSV"),
    LEDGER_JSON("Ledger", "JSON"),
    CAUSAL_CHAIN_SVG("Causal chain", "SVG");

    private final String what;
    private final String format;

    TracingOutput(String what, String format) {
        this.what = what;
        this.format = format;
    }

    /** The output its file name asks for; a name with another ending is refused in one line naming the endings. */
    public static TracingOutput of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return REPORT_HTML;
        }
        if (lower.endsWith(".docx")) {
            return REPORT_DOCX;
        }
        if (lower.endsWith(".csv")) {
            return LEDGER_CSV;
        }
        if (lower.endsWith(".json")) {
            return LEDGER_JSON;
        }
        if (lower.endsWith(".svg")) {
            return CAUSAL_CHAIN_SVG;
        }
        throw new ParallaxException(file + ": say .html, .docx, .csv, .json or .svg (the report's format comes from "
                + "the file name)");
    }

    /** "Process tracing report", "Ledger" or "Causal chain". */
    public String what() {
        return what;
    }

    /** The file format in words: "HTML", "Word", "CSV", "JSON" or "SVG". */
    public String format() {
        return format;
    }
}
